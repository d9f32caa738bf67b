/**
 * Characters a person never sees but a model reads: Unicode tag characters (U+E0000–U+E007F, which
 * spell out hidden ASCII), zero-width and joiner characters, bidi controls, other format characters,
 * variation selectors, invisible fillers, private-use and unassigned code points, control characters.
 */
const INVISIBLE = new RegExp(
  [
    String.raw`[\u{E0000}-\u{E007F}]`,
    String.raw`\p{Cf}`,
    String.raw`\p{Co}`,
    String.raw`\p{Cn}`,
    String.raw`[\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]`,
    String.raw`[\u034F\u115F\u1160\u17B4\u17B5\u2800\u3164\uFFA0]`,
    String.raw`[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]`,
  ].join("|"),
  "gu",
);

/** The text without invisible characters, and how many were removed. */
export function withoutInvisible(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(INVISIBLE, () => {
    removed++;
    return "";
  });
  return { text: out, removed };
}

/** The text without invisible characters (see INVISIBLE). */
export function stripInvisible(text: string): string {
  return withoutInvisible(text).text;
}

/** Single spaces, trimmed lines, at most one blank line between paragraphs. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, "\n")
    .replace(/[\p{Zs}\t\v\f]+/gu, " ")
    .split("\n")
    .map((line) => line.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * Text spelled out one character at a time ("I g n o r e  p r e v i o u s …"), the trace of letters
 * interleaved with zero-width or other separators: no reader writes that way, so it is dropped.
 */
const LETTER_SPACED = /(?<!\S)(?:\S ){7,}\S(?!\S)/gu;

export function withoutLetterSpacedRuns(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(LETTER_SPACED, () => {
    removed++;
    return "";
  });
  return { text: out, removed };
}
