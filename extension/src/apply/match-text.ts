/**
 * Which of a widget's choices a planned value means: the same words, whatever the case, accents,
 * punctuation or extra words around them ("Zurich, Switzerland" → "Zurich, Zurich, Switzerland"
 * rather than "Zurich, Ontario, Canada").
 */

export function normalizeText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+]+/gu, " ")
    .trim();
}

function words(text: string): string[] {
  return normalizeText(text).split(" ").filter(Boolean);
}

/** 0 (nothing in common) … 1 (the same text). */
export function matchScore(wanted: string, candidate: string): number {
  const a = normalizeText(wanted);
  const b = normalizeText(candidate);
  if (!a || !b) return 0;
  if (a === b) return 1;
  const want = words(wanted);
  const have = words(candidate);
  const haveSet = new Set(have);
  const found = want.filter((w) => haveSet.has(w)).length;
  if (found === 0) return b.startsWith(a) || a.startsWith(b) ? 0.5 : 0;
  const coverage = found / want.length;
  const extra = (have.length - found) / Math.max(have.length, 1);
  const prefix = b.startsWith(a) ? 0.05 : 0;
  return Math.min(0.99, 0.7 * coverage + 0.25 * (1 - extra) + prefix);
}

/** The best of `candidates` for `wanted`, when it is good enough to pick. */
export function bestMatch<T>(
  wanted: string,
  candidates: readonly T[],
  textOf: (c: T) => string,
  minimum = 0.5,
): T | undefined {
  let best: T | undefined;
  let bestScore = minimum;
  for (const candidate of candidates) {
    const score = matchScore(wanted, textOf(candidate));
    if (score > bestScore || (score === 1 && bestScore < 1)) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}
