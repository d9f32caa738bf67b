import { codeWordsIn } from "./code-words.ts";

const QUOTED = /["“„«]([^"“”„«»\n]{3,80})["”“»]/gu;
const NAMED_WORD =
  /\b(?:word|code ?word|phrase|term|token|string|tag)\s*:?\s*["“„«']?([\p{L}\p{N}][\p{L}\p{N}-]{2,40})/giu;

/**
 * What a model obeying a removed instruction would copy into its answer: the instruction's code-like
 * tokens ("ZEBRA-17"), its quoted strings, and the word after "the word" / "code word". Those that
 * also occur in the person's facts or the kept posting text (`known`, upper-cased tokens) are left out.
 */
export function echoesOf(removed: readonly string[], known: ReadonlySet<string>): string[] {
  const echoes = new Set<string>();
  for (const sentence of removed) {
    for (const token of codeWordsIn(sentence)) if (!known.has(token.toUpperCase())) echoes.add(token);
    for (const m of sentence.matchAll(QUOTED)) if (m[1]) echoes.add(m[1].trim());
    for (const m of sentence.matchAll(NAMED_WORD)) {
      if (m[1] && !known.has(m[1].toUpperCase())) echoes.add(m[1]);
    }
  }
  return [...echoes].filter((e) => e.length >= 3);
}

/** Whether the text repeats one of the echoes (case and spacing ignored; whole words for a single word). */
export function repeatsEcho(text: string, echo: string): boolean {
  const flat = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  const needle = flat(echo);
  if (/\s/.test(needle)) return flat(text).includes(needle);
  const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "iu").test(text);
}
