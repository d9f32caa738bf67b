import type { Fact, FreeTextKind } from "../facts.ts";

/**
 * One language's words for recognising fields and reading options. Every pattern is tested on
 * `normalise()`d text: lower case, no accents ("kundigungsfrist"), ß as "ss". Adding a language
 * means adding a folder like `en/` and listing it in `dictionaries/index.ts`.
 */
export interface Dictionary {
  /** Two-letter code ("en"). */
  lang: string;
  rules: readonly FactRule[];
  /** Headings of groups that change what a bare label means ("Start date" under "Education"). */
  sections: Readonly<Record<SectionKind, RegExp>>;
  options: OptionWords;
  places: PlaceWords;
  /** Words frequent in running text of this language, for telling a text's language. */
  stopwords: readonly string[];
  /** Words the writer and the planner use when they produce text in this language. */
  render: RenderWords;
}

export type SectionKind = "education" | "experience" | "phone" | "address";

export interface FactRule {
  fact: Fact;
  /** How much this phrase alone says (0..1); the most specific phrase wins. */
  weight: number;
  pattern: RegExp;
  /** The rule holds only for a field inside such a section (or whose label names it). */
  within?: SectionKind;
  textKind?: FreeTextKind;
  linkKind?: string;
}

export type DegreeLevel = "school" | "associate" | "bachelor" | "master" | "mba" | "doctorate" | "other";
export type WorkMode = "onsite" | "hybrid" | "remote" | "any";
export type DurationUnit = "day" | "week" | "month" | "year";

/** How options and answers say things. */
export interface OptionWords {
  /** An option that begins with these means yes / no. */
  yes: RegExp;
  no: RegExp;
  /** "Prefer not to say" and its kin. */
  decline: RegExp;
  /** Marks a consent or field as optional ("(optional)", "freiwillig"). */
  optional: RegExp;
  /** Labels that tell bots to leave a field empty. */
  honeypot: RegExp;
  /** Meaning tags for answers whose wording differs between profile and form (EEO). */
  meanings: readonly { tag: string; pattern: RegExp }[];
  /** Language levels, CEFR-ranked: 0 none, 1 A1 … 6 C2, 7 native. */
  levels: readonly { rank: number; pattern: RegExp }[];
  units: Readonly<Record<DurationUnit, RegExp>>;
  /** "Immediately", "none": a zero duration. */
  zeroDuration: RegExp;
  /** "Less than", "more than", "or more". */
  lessThan: RegExp;
  moreThan: RegExp;
  workModes: Readonly<Record<WorkMode, RegExp>>;
  degrees: readonly { level: DegreeLevel; pattern: RegExp }[];
  mobilePhone: RegExp;
  dateParts: Readonly<Record<"day" | "month" | "year", RegExp>>;
  periods: Readonly<Record<"year" | "month" | "hour", RegExp>>;
  /** Captures the skill a "years of experience with X" question names (group 1). */
  skillQuestion: readonly RegExp[];
  /** A captured "skill" that is no skill ("this field", "a similar role"). */
  notASkill: RegExp;
}

export interface PlaceWords {
  /** ISO 3166 alpha-2 → the country's name first, then other names and adjectives ("CH" → ["Schweiz", "schweizerisch"]). */
  countries: Readonly<Record<string, readonly string[]>>;
  /** ISO 3166 alpha-2 → adjectives ("Swiss work permit"); used only where a question names a country. */
  demonyms: Readonly<Record<string, readonly string[]>>;
  /** Regions a work-authorisation question may name ("EU") → region key. */
  regions: Readonly<Record<string, readonly string[]>>;
  /** English language name → its name in this language first, then variants ("German" → ["Deutsch"]). */
  languages: Readonly<Record<string, readonly string[]>>;
}

export interface RenderWords {
  yes: string;
  no: string;
  /** Singular and plural of duration units. */
  units: Readonly<Record<DurationUnit, readonly [string, string]>>;
  /** How to write a work mode and a native level when a field wants words. */
  workModes: Readonly<Record<WorkMode, string>>;
  native: string;
  /** A degree level as a list of degrees names it ("Master's Degree"), to pick by when the options are not known yet. */
  degrees: Readonly<Record<DegreeLevel, string>>;
  /** A mobile phone, as a phone-type list names it ("Mobile"). */
  mobile: string;
  perYear: string;
  perMonth: string;
  /** How this language writes a full date and a month ("DD.MM.YYYY", "MM.YYYY"). */
  dateFormat: string;
  monthFormat: string;
}
