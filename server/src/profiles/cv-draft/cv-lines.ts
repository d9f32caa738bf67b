import { collapse } from "./text.ts";

/** One non-empty line of a CV, with the Markdown (or the bullet) taken off. */
export interface CvLine {
  text: string;
  /** The line as written, links included ("[site](https://…)" keeps its address here). */
  raw: string;
  /** A list item ("- …", "• …", "1. …"). */
  bullet: boolean;
  /** A Markdown heading's level (1–6); 0 for a line that is bold only or underlined with ===/---. */
  heading?: number;
}

const PAGE_MARK = /^(--\s*\d+\s+of\s+\d+\s*--|(page|seite)\s+\d+\s*(of|von|sur|\/)\s*\d+|\d+\s*\/\s*\d+)$/i;
const RULE = /^\s*([=\-*_])(\s*\1){2,}\s*$/;
const MD_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/;
const BULLET = /^\s*(?:[-*+•▪◦‣∙●○■□►▸➢✓–]|\d{1,2}[.)](?=\s+\p{L}))\s+/u;
const BOLD_ONLY = /^\s*(\*\*|__)(.+?)\1\s*:?\s*$/;

/**
 * Reads a CV's text (Markdown, plain text, or what a PDF or DOCX gave) into lines. Blank lines are
 * dropped: DOCX puts one between every paragraph and PDF none at all, so they carry no meaning.
 */
export function cvLines(text: string): CvLine[] {
  const lines: CvLine[] = [];
  for (const source of text.normalize("NFC").split(/\r?\n/)) {
    const trimmed = source.trim();
    if (trimmed === "" || PAGE_MARK.test(trimmed)) continue;
    if (RULE.test(trimmed)) {
      const last = lines.at(-1);
      // Setext headings: "Experience" underlined with === or ---.
      if (last && last.heading === undefined && !last.bullet && /^[=-]/.test(trimmed)) last.heading = 0;
      continue;
    }
    const heading = MD_HEADING.exec(source);
    if (heading) {
      lines.push({ text: inline(heading[2] ?? ""), raw: trimmed, bullet: false, heading: (heading[1] ?? "#").length });
      continue;
    }
    const bullet = BULLET.exec(source);
    const body = bullet ? source.slice(bullet[0].length) : source;
    const bold = BOLD_ONLY.exec(body);
    const text = inline(body);
    if (text === "") continue;
    lines.push({ text, raw: trimmed, bullet: bullet !== null, ...(bold && !bullet ? { heading: 0 } : {}) });
  }
  return lines;
}

/** Markdown inline syntax off: links keep their text, emphasis and code marks go. */
function inline(text: string): string {
  return collapse(
    text
      .replace(/!\[[^\]]*\]\([^)]*\)/g, " ")
      .replace(/\[([^\]]*)\]\(([^)]*)\)/g, (_m, label: string, url: string) => (label.trim() === "" ? url : label))
      .replace(/<br\s*\/?>/gi, " ")
      .replace(/(\*\*|__)(.+?)\1/g, "$2")
      .replace(/(^|[\s(])\*(\S(?:.*?\S)?)\*(?=[\s).,;:!?]|$)/g, "$1$2")
      .replace(/`([^`]*)`/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1"),
  );
}

/**
 * PDF text wraps long lines: joins a line to the next when it leaves a parenthesis open or ends on a
 * range dash ("(09/2016 –" + "12/2017)"), or ends with a comma in a list.
 */
export function joinWrapped(lines: readonly CvLine[]): CvLine[] {
  const out: CvLine[] = [];
  for (const line of lines) {
    const last = out.at(-1);
    if (last && line.heading === undefined && (unclosed(last.text) || (!line.bullet && continues(last.text)))) {
      // A wrapped "(03/2021" + "– present)" must keep its dash, which the bullet reading took off.
      const text = line.bullet ? line.raw : line.text;
      out[out.length - 1] = { ...last, text: `${last.text} ${text}`, raw: `${last.raw} ${line.raw}` };
    } else {
      out.push({ ...line });
    }
  }
  return out;
}

function unclosed(text: string): boolean {
  return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}

function continues(text: string): boolean {
  return /\s[–—-]$/.test(text) || /[–—]$/.test(text) || /,$/.test(text);
}
