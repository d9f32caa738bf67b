import { fold } from "./text.ts";

export interface YearMonth {
  year: number;
  /** 1–12; absent when the CV gives the year only. */
  month?: number;
}

export interface DateRange {
  start?: YearMonth;
  /** null: still going ("present", "heute", "since 2020"); absent: not stated. */
  end?: YearMonth | null;
  /** A lone date that is no range (a graduation year, say). */
  single?: YearMonth;
  /** Where the dates (and brackets around them) sit in the text. */
  index: number;
  length: number;
}

/** Month names and their short forms in English, German and French (folded). */
const MONTHS: ReadonlyArray<readonly string[]> = [
  ["january", "jan", "januar", "janner", "janvier", "janv"],
  ["february", "feb", "februar", "fevrier", "fevr", "fev"],
  ["march", "mar", "marz", "maerz", "mrz", "mars"],
  ["april", "apr", "avril", "avr"],
  ["may", "mai"],
  ["june", "jun", "juni", "juin"],
  ["july", "jul", "juli", "juillet", "juil"],
  ["august", "aug", "aout"],
  ["september", "sep", "sept", "septembre"],
  ["october", "oct", "oktober", "okt", "octobre"],
  ["november", "nov", "novembre"],
  ["december", "dec", "dezember", "dez", "decembre"],
];
const MONTH_OF = new Map(MONTHS.flatMap((names, i) => names.map((n) => [n, i + 1] as const)));
const MONTH_NAMES = [...MONTH_OF.keys()].sort((a, b) => b.length - a.length).join("|");
const YEAR = "((?:19|20)\\d{2})";

/** Ways a month is written, tried in this order: the first to claim a stretch of text keeps it. */
const TOKENS: ReadonlyArray<{ re: RegExp; read: (m: RegExpExecArray) => YearMonth }> = [
  {
    re: new RegExp(`(?<!\\p{L})(${MONTH_NAMES})\\.?\\s*['’]?\\s*${YEAR}(?!\\d)`, "gu"),
    read: (m) => ({ year: Number(m[2]), month: MONTH_OF.get(m[1] ?? "") ?? 0 }),
  },
  {
    re: new RegExp(`(?<!\\d)(?:0?[1-9]|[12]\\d|3[01])[./](0?[1-9]|1[0-2])[./]${YEAR}(?!\\d)`, "gu"),
    read: (m) => ({ year: Number(m[2]), month: Number(m[1]) }),
  },
  {
    re: new RegExp(`(?<![\\d.])${YEAR}[-/.](0[1-9]|1[0-2])(?:-\\d{2})?(?![\\d/.])`, "gu"),
    read: (m) => ({ year: Number(m[1]), month: Number(m[2]) }),
  },
  {
    re: new RegExp(`(?<![\\d/.])(0?[1-9]|1[0-2])\\s?[/.-]\\s?${YEAR}(?!\\d)`, "gu"),
    read: (m) => ({ year: Number(m[2]), month: Number(m[1]) }),
  },
  { re: new RegExp(`(?<![\\d+])${YEAR}(?!\\d)`, "gu"), read: (m) => ({ year: Number(m[1]) }) },
];

const SEPARATOR = "\\s*(?:[-–—−]+|to|until|till|bis(?: zum)?|a|au|jusqu['’]?(?:a|au|en))\\s*";
const PRESENT =
  "(?:present|current(?:ly)?|now|today|ongoing|to date|heute|aktuell|jetzt|dato|laufend|gegenwart|aujourd['’]\\s?hui|actuel(?:lement)?|en cours|maintenant)(?!\\p{L})";
const RANGE_GAP = new RegExp(`^${SEPARATOR}$`, "u");
const OPEN_END = new RegExp(`^${SEPARATOR}${PRESENT}`, "u");
const FROM = /(?:^|[^\p{L}])(from|von|vom|du|de|between|zwischen)\s*$/u;
const SINCE = /(?:^|[^\p{L}])(since|seit|depuis|ab|des)\s*$/u;

interface Token {
  at: number;
  end: number;
  date: YearMonth;
}

/**
 * Finds the first date range in a line: "06/2019 – present", "2012 – 2015", "März 2021 – heute",
 * "sept. 2016 - déc. 2019", "depuis janvier 2020", "seit 2019", "Jan 2018 to Feb 2021". With
 * `single`, a lone date counts too (as `single`).
 */
export function findDateRange(text: string, options: { single?: boolean } = {}): DateRange | undefined {
  const folded = foldKeepingLength(text);
  const tokens = dateTokens(folded);
  for (const [i, token] of tokens.entries()) {
    const next = tokens[i + 1];
    const from = FROM.exec(folded.slice(0, token.at));
    const at = from ? folded.lastIndexOf(from[1] ?? "", token.at) : token.at;
    if (next && RANGE_GAP.test(folded.slice(token.end, next.at))) {
      return span(text, at, next.end, { start: token.date, end: next.date });
    }
    const open = OPEN_END.exec(folded.slice(token.end));
    if (open) return span(text, at, token.end + open[0].length, { start: token.date, end: null });
    const since = SINCE.exec(folded.slice(0, token.at));
    if (since) {
      const from = folded.lastIndexOf(since[1] ?? "", token.at);
      return span(text, from, token.end, { start: token.date, end: null });
    }
  }
  const [first] = tokens;
  if (options.single && first) return span(text, first.at, first.end, { single: first.date });
  return undefined;
}

/** "YYYY-MM", or undefined when the month is not known. */
export function yearMonth(date: YearMonth | undefined): string | undefined {
  if (!date?.month) return undefined;
  return `${date.year}-${String(date.month).padStart(2, "0")}`;
}

/** "2014" or "2014-09": how a date is quoted back to the person. */
export function describeDate(date: YearMonth | null | undefined): string {
  if (date === null) return "ongoing";
  if (date === undefined) return "not stated";
  return yearMonth(date) ?? String(date.year);
}

function dateTokens(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const { re, read } of TOKENS) {
    for (const m of folded.matchAll(re)) {
      const at = m.index;
      const end = at + m[0].length;
      if (tokens.some((t) => at < t.end && end > t.at)) continue;
      const date = read(m);
      if (date.month === 0) continue;
      tokens.push({ at, end, date });
    }
  }
  return tokens.sort((a, b) => a.at - b.at);
}

function span(text: string, from: number, to: number, range: Omit<DateRange, "index" | "length">): DateRange {
  let start = from;
  let end = to;
  if (text[start - 1] === "(" && text[end] === ")") {
    start--;
    end++;
  }
  return { ...range, index: start, length: end - start };
}

/** Folds each character on its own, so that positions in the folded text are positions in the text. */
function foldKeepingLength(text: string): string {
  let out = "";
  for (const ch of text) {
    const f = fold(ch);
    out += f.length === ch.length ? f : ch;
  }
  return out;
}
