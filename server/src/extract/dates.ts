import { foldKey } from "./text.ts";

/**
 * Absolute dates in the notations job pages use, in English, German, French, Italian, Spanish and
 * Dutch. Relative dates ("3 days ago", "vor 2 Wochen", "il y a 3 jours") are never turned into dates.
 */

const MONTHS: readonly (readonly string[])[] = [
  ["january", "jan", "januar", "janner", "janvier", "janv", "gennaio", "enero", "januari"],
  ["february", "feb", "febr", "februar", "fevrier", "fevr", "fev", "febbraio", "febrero", "februari"],
  ["march", "mar", "marz", "maerz", "mars", "marzo", "maart", "mrt"],
  ["april", "apr", "avril", "avr", "aprile", "abril"],
  ["may", "mai", "maggio", "mayo", "mei"],
  ["june", "jun", "juni", "juin", "giugno", "junio"],
  ["july", "jul", "juli", "juillet", "juil", "luglio", "julio"],
  ["august", "aug", "aout", "agosto", "augustus"],
  ["september", "sep", "sept", "septembre", "settembre", "septiembre", "setiembre"],
  ["october", "oct", "okt", "oktober", "octobre", "ottobre", "octubre"],
  ["november", "nov", "novembre", "noviembre"],
  ["december", "dec", "dez", "dezember", "decembre", "dicembre", "diciembre"],
];
const monthByName = new Map<string, number>();
MONTHS.forEach((names, index) => {
  for (const name of names) monthByName.set(name, index + 1);
});

/** Which way round "03/04/2026" is read; without an order such dates are left alone. */
export type DayOrder = "dmy" | "mdy";

function iso(year: number, month: number, day: number): string | null {
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return date.toISOString().slice(0, 10);
}

const WORD = "([\\p{L}]{3,10})\\.?";
const PATTERNS: readonly { re: RegExp; read: (m: RegExpExecArray, order?: DayOrder) => string | null }[] = [
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)/, read: (m) => iso(Number(m[1]), Number(m[2]), Number(m[3])) },
  { re: /\b(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\b/, read: (m) => iso(Number(m[3]), Number(m[2]), Number(m[1])) },
  {
    re: /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/,
    read: (m, order) => {
      const a = Number(m[1]);
      const b = Number(m[2]);
      const dmy = a > 12 ? true : b > 12 ? false : order === undefined ? null : order === "dmy";
      if (dmy === null) return null;
      return dmy ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b);
    },
  },
  {
    re: new RegExp(`(?<!\\d)(\\d{1,2})(?:\\.|er|st|nd|rd|th)?\\s+(?:de\\s+)?${WORD},?\\s+(?:de\\s+)?(\\d{4})\\b`, "u"),
    read: (m) => {
      const month = monthByName.get(foldKey(m[2] ?? ""));
      return month ? iso(Number(m[3]), month, Number(m[1])) : null;
    },
  },
  {
    re: new RegExp(`(?<!\\p{L})${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, "u"),
    read: (m) => {
      const month = monthByName.get(foldKey(m[1] ?? ""));
      return month ? iso(Number(m[3]), month, Number(m[2])) : null;
    },
  },
];

/** The first absolute date in the text and where it starts. */
function findDate(text: string, order?: DayOrder): { at: number; date: string } | null {
  let best: { at: number; date: string } | null = null;
  for (const { re, read } of PATTERNS) {
    for (const m of text.matchAll(new RegExp(re.source, `${re.flags}g`))) {
      if (best && m.index >= best.at) break;
      const date = read(m as RegExpExecArray, order);
      if (date) {
        best = { at: m.index, date };
        break;
      }
    }
  }
  return best;
}

/** The first absolute date in the text as YYYY-MM-DD, or null. */
export function parseDate(text: string | null | undefined, order?: DayOrder): string | null {
  return text ? (findDate(text, order)?.date ?? null) : null;
}

/** A structured-data date ("2026-11-18", "2026-11-18T09:00:00+01:00") kept as given when valid ISO. */
export function isoDateOrNull(value: unknown, order?: DayOrder): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  const m = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(trimmed);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3])) ? trimmed : null;
  return parseDate(trimmed, order);
}

const POSTED_LABEL =
  /(?<!\p{L})(?:date posted|posted(?: on)?|published(?: on)?|publication date|publish date|veröffentlicht(?: am)?|online seit|erstellt am|ausgeschrieben am|publié(?:e)? le|date de publication|mis(?:e)? en ligne le|pubblicato il|data di pubblicazione|publicado el|fecha de publicación|geplaatst op)(?!\p{L})\s*[:\-–]?\s*/giu;

/** A posting date the page states right after a "posted / veröffentlicht / publié le" label; relative dates give null. */
export function postedDateIn(text: string, order?: DayOrder): string | null {
  for (const m of text.matchAll(POSTED_LABEL)) {
    const start = m.index + m[0].length;
    const found = findDate(text.slice(start, start + 40), order);
    if (found?.at === 0) return found.date;
  }
  return null;
}
