/** Small text helpers the CV readers share. */

/** Lower case without accents, for comparing words across spellings ("März" → "marz", "Expérience" → "experience"). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Splits on the separator characters, but never inside parentheses ("anglais (C1, TOEIC)" stays whole). */
export function splitOutsideParens(text: string, separators: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(" || ch === "[") depth++;
    if ((ch === ")" || ch === "]") && depth > 0) depth--;
    if (depth === 0 && separators.test(ch)) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map(collapse).filter((p) => p.length > 0);
}

/** Removes separators and empty brackets left at either end once a piece was cut out of a line. */
export function trimSeparators(text: string): string {
  let out = collapse(text.replace(/\(\s*\)|\[\s*\]/g, " "));
  let before = "";
  while (before !== out) {
    before = out;
    out = out.replace(/^[\s,;:|·•–—-]+|[\s,;:|·•–—-]+$/gu, "").trim();
  }
  return out;
}

/** Words as a person would count them. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

/** Whether a word list (already folded) contains any of the folded phrases as whole words. */
export function hasPhrase(folded: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => new RegExp(`(^|[^\\p{L}])${escapeRegExp(p)}($|[^\\p{L}])`, "u").test(folded));
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "DURAND" → "Durand", "jean-pierre" stays as written unless it was all capitals. */
export function unshout(word: string): string {
  if (word.length < 2 || word !== word.toUpperCase() || word === word.toLowerCase()) return word;
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}
