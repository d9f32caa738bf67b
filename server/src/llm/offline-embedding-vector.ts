/**
 * A deterministic text embedding without a model: a hashed bag of words and word pairs, signed,
 * sub-linear in repetition, L2-normalised. Texts sharing words and phrases point the same way, so
 * cosine similarity is meaningful; the same text gives the same vector on every machine.
 */

export const OFFLINE_EMBEDDING_MODEL = "offline-hash-256";
export const OFFLINE_EMBEDDING_DIMENSIONS = 256;

const BIGRAM_WEIGHT = 0.5;

/** Words that say nothing about a job, in the languages Nyx writes (English, German, French). */
const STOP_WORDS = new Set(
  (
    "a an and are as at be by for from has have in is it of on or our the to we will with you your " +
    "der die das und ist in im zu den mit von für auf wir sie ein eine einen als bei oder " +
    "le la les de des du et en un une pour avec sur nous vous est au aux dans par"
  ).split(" "),
);

export function hashedBagOfWords(text: string, dimensions = OFFLINE_EMBEDDING_DIMENSIONS): number[] {
  if (!Number.isInteger(dimensions) || dimensions < 1) {
    throw new TypeError(`Expected \`dimensions\` to be a positive integer, got \`${dimensions}\``);
  }
  const words = tokens(text);
  const counts = new Map<string, { count: number; weight: number }>();
  const add = (feature: string, weight: number) => {
    const entry = counts.get(feature) ?? { count: 0, weight };
    entry.count++;
    counts.set(feature, entry);
  };
  words.forEach((word, i) => {
    add(word, 1);
    const next = words[i + 1];
    if (next !== undefined) add(`${word} ${next}`, BIGRAM_WEIGHT);
  });
  const vector = new Array<number>(dimensions).fill(0);
  for (const [feature, { count, weight }] of counts) {
    const hash = fnv1a(feature);
    const slot = hash % dimensions;
    const sign = hash >>> 31 === 1 ? 1 : -1;
    vector[slot] = (vector[slot] ?? 0) + sign * weight * (1 + Math.log(count));
  }
  const norm = Math.hypot(...vector);
  return norm === 0 ? vector : vector.map((v) => v / norm);
}

/** Cosine similarity of two vectors of the same length (0 when either is all zeros). */
export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length) throw new TypeError(`vectors differ in length (${a.length} and ${b.length})`);
  let dot = 0;
  let normA = 0;
  let normB = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    normA += x * x;
    normB += y * y;
  }
  return normA === 0 || normB === 0 ? 0 : dot / Math.sqrt(normA * normB);
}

/** Lower-case words without accents; "C++", "C#" and "Node.js" stay whole; stop words dropped. */
function tokens(text: string): string[] {
  const plain = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase();
  const words = plain.match(/[\p{L}\p{N}][\p{L}\p{N}+#.]*/gu) ?? [];
  return words.map((w) => w.replace(/\.+$/, "")).filter((w) => w.length > 0 && !STOP_WORDS.has(w));
}

/** 32-bit FNV-1a over the UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}
