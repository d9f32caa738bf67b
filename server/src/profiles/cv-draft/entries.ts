import { type CvLine, joinWrapped } from "./cv-lines.ts";
import { type DateRange, findDateRange } from "./dates.ts";
import { trimSeparators, words } from "./text.ts";

/** One dated item of a section: a job, a degree. */
export interface CvEntry {
  /** The lines that name it (title, company, school, place), its dates taken out. */
  header: string[];
  range: DateRange | undefined;
  /** The dates as the CV writes them, to quote back in a warning. */
  dateText: string;
  /** What follows: the bullets or sentences describing it. */
  details: string[];
}

export interface EntryOptions {
  /** A lone date (a graduation year) makes an entry too. */
  singleDates: boolean;
  /** Whether the header lines gathered so far name the entry fully (so no more lines are taken). */
  complete: (header: readonly string[]) => boolean;
  /** Whether a list item with dates is an entry ("- MSc Physics, Uni Basel (2014 – 2016)") rather than a description. */
  listedEntry: (rest: string) => boolean;
}

/** How long a job lasted, as some CVs add after the dates: "(3 years 2 months)", "· 2 yrs", "(1 an 6 mois)". */
const DURATION = /\(?\s*(?:\d+\+?\s*(?:years?|yrs?|months?|mos?|jahre?n?|monate?n?|ans?|annees?|mois)\b\s*)+\)?/giu;

interface Anchor {
  at: number;
  range: DateRange;
  /** The line without its dates; "" for a line of dates only. */
  rest: string;
}

/**
 * Groups a section's lines into entries around their dates. The dates may stand on the line that
 * names the entry ("Engineer — Acme, Berlin (06/2019 – present)"), or on a line of their own before
 * or after it (the CV's layout decides which, once for the whole section); the lines that follow,
 * up to the next entry, describe it.
 */
export function readEntries(lines: readonly CvLine[], options: EntryOptions): CvEntry[] {
  const all = joinWrapped(lines);
  const anchors: Anchor[] = [];
  all.forEach((line, at) => {
    const range = findDateRange(line.text, { single: options.singleDates });
    if (!range) return;
    const around = `${line.text.slice(0, range.index)} ${line.text.slice(range.index + range.length)}`;
    const rest = trimSeparators(around.replace(DURATION, " "));
    if (line.bullet && (rest === "" || !options.listedEntry(rest))) return;
    if (rest === "" || headerLike(rest)) anchors.push({ at, range, rest });
  });
  const isAnchor = new Set(anchors.map((a) => a.at));
  const after = datesComeFirst(all, anchors, isAnchor);

  const blocks: Array<{ first: number; last: number; entry: CvEntry }> = [];
  let claimed = -1;
  anchors.forEach((anchor, k) => {
    const header = anchor.rest === "" ? [] : [anchor.rest];
    let first = anchor.at;
    let last = anchor.at;
    const nextAnchor = anchors[k + 1]?.at ?? all.length;
    const fits = (j: number) => {
      const line = all[j];
      return line !== undefined && !line.bullet && !isAnchor.has(j) && headerLike(line.text);
    };
    const ahead = () => {
      for (let j = anchor.at + 1; j < nextAnchor && header.length < 2 && !options.complete(header) && fits(j); j++) {
        header.push(all[j]?.text ?? "");
        last = j;
      }
    };
    const behind = () => {
      for (let j = anchor.at - 1; j > claimed && header.length < 2 && !options.complete(header) && fits(j); j--) {
        header.unshift(all[j]?.text ?? "");
        first = j;
      }
    };
    if (anchor.rest !== "") {
      // A line naming the entry beside its dates looks ahead for what it lacks ("Acme GmbH 2018 – 2021" + "Engineer"),
      // and behind when nothing follows ("Universität Hamburg" + "Master of Science, Informatik (2016 – 2018)").
      ahead();
      if (last === anchor.at) behind();
    } else if (after) {
      ahead();
    } else {
      behind();
    }
    claimed = last;
    const dateText = all[anchor.at]?.text.slice(anchor.range.index, anchor.range.index + anchor.range.length) ?? "";
    blocks.push({ first, last, entry: { header, range: anchor.range, dateText, details: [] } });
  });
  blocks.forEach((block, k) => {
    const end = blocks[k + 1]?.first ?? all.length;
    block.entry.details = all.slice(block.last + 1, end).map((l) => l.text);
  });
  return blocks.map((b) => b.entry);
}

/**
 * Whether lines of dates only belong to the lines after them: so when the first such line opens
 * the section, or follows an entry's description rather than a line that could name an entry.
 */
function datesComeFirst(all: readonly CvLine[], anchors: readonly Anchor[], isAnchor: ReadonlySet<number>): boolean {
  const first = anchors.find((a) => a.rest === "");
  if (!first) return false;
  const before = all[first.at - 1];
  return !before || before.bullet || isAnchor.has(first.at - 1) || !headerLike(before.text);
}

/** A line short enough to name a job or a degree, and not a sentence. */
export function headerLike(text: string): boolean {
  if (text.length > 140 || words(text).length > 16 || text.includes(";")) return false;
  const lastWord = words(text).at(-1) ?? "";
  return !/^[\p{Ll}\d%)\]'"’]+[.!?]$/u.test(lastWord);
}
