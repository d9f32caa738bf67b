/** Text helpers shared by recognition, option matching and the writer. */

/** Lower case, no accents ("Kündigungsfrist" → "kundigungsfrist"), plain quotes and dashes, no required-markers, single spaces. */
export function normalise(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/ß/g, "ss")
    .replace(/æ/gi, "ae")
    .replace(/œ/gi, "oe")
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, "-")
    .replace(/[*✱✳]/g, " ")
    .replace(INCLUSIVE_ENDING, "$1")
    .replace(SLASH_ENDING, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * French inclusive writing: "autorisé(e)", "autorisé·e", "candidat.e.s" are read as the plain word, so
 * a question is recognised however it is spelled ("(e)" would otherwise be read as its own word).
 */
const INCLUSIVE_ENDING =
  /(\p{L})(?:\((?:e|es|s|x|ne|nes|le|les|se|ses|rice|rices)\)|[·•](?:e|es|s|ne|nes|rice|rices)(?:[·•]s)?|\.(?:e|ne|rice)\.s)(?![\p{L}\p{N}])/gu;

/**
 * Italian and French gendered endings after a slash: "autorizzato/a", "interessati/e", "autorisé/e" are
 * read as the plain word. Only a vowel-final word of three letters or more followed by one vowel, so
 * "c/o", "A/B" and "Sì/No" stay as they are.
 */
const SLASH_ENDING = /(\p{L}{2}[aeio])\/[aei](?![\p{L}\p{N}])/gu;

/** A field name or id as words: "job_application[first_name]" → "job application first name", "legalNameSection_firstName" → "legal name section first name". */
export function nameWords(name: string): string {
  const spaced = name
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .replace(/([a-zA-Z])(\d)/g, "$1 $2")
    .replace(/(\d)([a-zA-Z])/g, "$1 $2");
  return normalise(spaced.replace(/[^\p{L}\p{N}]+/gu, " "));
}

/** The words of a text, normalised. */
export function words(text: string): string[] {
  return normalise(text)
    .split(/[^\p{L}\p{N}+]+/u)
    .filter((w) => w.length > 0);
}

/** Share of `a`'s words that also occur in `b` (0..1). */
export function overlap(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0) return 0;
  let hit = 0;
  for (const w of wa) if (wb.has(w)) hit += 1;
  return hit / wa.size;
}

/** Jaccard similarity of two texts' word sets (0..1). */
export function similarity(a: string, b: string): number {
  const wa = new Set(words(a));
  const wb = new Set(words(b));
  if (wa.size === 0 || wb.size === 0) return 0;
  let hit = 0;
  for (const w of wa) if (wb.has(w)) hit += 1;
  return hit / (wa.size + wb.size - hit);
}

/** Whether `term` occurs in `text` as a whole word (case-insensitive, except for short all-caps terms like "Go" or "SAP"). */
export function mentions(text: string, term: string): boolean {
  const caseSensitive = term.length <= 3;
  // Most texts do not hold the term at all: a plain substring test says so without building a
  // Unicode regex (exact for a case-sensitive or plain-ASCII term; see `mayHold`).
  if (!mayHold(text, term, caseSensitive)) return false;
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, caseSensitive ? "u" : "iu");
  return re.test(text);
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * False only when `text` cannot hold `term`. Case-insensitive Unicode matching folds two
 * non-ASCII letters onto ASCII ones (long s and the Kelvin sign), so those are folded first; a
 * term with other letters is left to the regex.
 */
function mayHold(text: string, term: string, caseSensitive: boolean): boolean {
  if (caseSensitive) return text.includes(term);
  if (!ASCII.test(term)) return true;
  return text
    .toLowerCase()
    .replace(/\u017f/g, "s")
    .includes(term.toLowerCase());
}

/** Whether a checkbox's reported current value means "ticked". */
export function isTicked(value: string | undefined): boolean {
  return value !== undefined && /^(true|on|1|yes|checked)$/i.test(value.trim());
}
