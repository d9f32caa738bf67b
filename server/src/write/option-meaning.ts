import { DICTIONARIES } from "./dictionaries/index.ts";
import type { DegreeLevel, WorkMode } from "./dictionaries/types.ts";
import { normalise } from "./normalise.ts";

/** What an option (or an answer) means, read in every known language. */

const CEFR = /(^|[^a-z0-9])([abc][12])([^a-z0-9]|$)/;
const CEFR_RANK: Readonly<Record<string, number>> = { a1: 1, a2: 2, b1: 3, b2: 4, c1: 5, c2: 6 };

/** A language level on one scale: 0 none, 1..6 for A1..C2, 7 native. */
export function levelRank(text: string): number | undefined {
  const n = normalise(text);
  const cefr = CEFR.exec(n)?.[2];
  if (cefr !== undefined) return CEFR_RANK[cefr];
  if (n === "native") return 7;
  // The longest wording wins across languages: Spanish "intermedio alto" over Italian "intermedio".
  let best: { rank: number; length: number } | undefined;
  for (const d of DICTIONARIES) {
    for (const level of d.options.levels) {
      const length = level.pattern.exec(n)?.[0].length ?? 0;
      if (length > (best?.length ?? 0)) best = { rank: level.rank, length };
    }
  }
  return best?.rank;
}

export function polarity(text: string): "yes" | "no" | undefined {
  const n = normalise(text);
  if (/^(true|1)$/.test(n)) return "yes";
  if (/^(false|0)$/.test(n)) return "no";
  for (const d of DICTIONARIES) {
    if (d.options.yes.test(n)) return "yes";
    if (d.options.no.test(n)) return "no";
  }
  return undefined;
}

/** Whether the text carries a negation ("I am not …", "ohne …", "pas de …"). */
export function isNegated(text: string): boolean {
  return meaningTags(text).has("not");
}

export function isDecline(text: string): boolean {
  const n = normalise(text);
  return DICTIONARIES.some((d) => d.options.decline.test(n));
}

/** Tags that say what an answer means, so "I am not a protected veteran" ≈ "I am not a veteran". */
export function meaningTags(text: string): Set<string> {
  const n = normalise(text);
  if (isDecline(n)) return new Set(["decline"]);
  const tags = new Set<string>();
  for (const d of DICTIONARIES) for (const m of d.options.meanings) if (m.pattern.test(n)) tags.add(m.tag);
  return tags;
}

export function workModeOf(text: string): WorkMode | undefined {
  const n = normalise(text);
  const order: WorkMode[] = ["any", "hybrid", "remote", "onsite"];
  for (const mode of order) if (DICTIONARIES.some((d) => d.options.workModes[mode].test(n))) return mode;
  return undefined;
}

export function degreeLevelOf(text: string): DegreeLevel | undefined {
  const n = normalise(text);
  const order: DegreeLevel[] = ["mba", "doctorate", "master", "bachelor", "associate", "school", "other"];
  for (const level of order) {
    for (const d of DICTIONARIES)
      if (d.options.degrees.some((g) => g.level === level && g.pattern.test(n))) return level;
  }
  return undefined;
}

export function isMobileType(text: string): boolean {
  const n = normalise(text);
  return DICTIONARIES.some((d) => d.options.mobilePhone.test(n));
}

export function isOptionalMarked(text: string): boolean {
  const n = normalise(text);
  return DICTIONARIES.some((d) => d.options.optional.test(n));
}

/** A pay period a text names. */
export function periodOf(text: string): "year" | "month" | "hour" | undefined {
  const n = normalise(text);
  for (const p of ["hour", "month", "year"] as const)
    if (DICTIONARIES.some((d) => d.options.periods[p].test(n))) return p;
  return undefined;
}

/** Which part of a split date a field takes ("Start Date Month", placeholder "YYYY"). */
export function datePartOf(text: string): "day" | "month" | "year" | undefined {
  const n = normalise(text);
  for (const p of ["month", "year", "day"] as const)
    if (DICTIONARIES.some((d) => d.options.dateParts[p].test(n))) return p;
  return undefined;
}
