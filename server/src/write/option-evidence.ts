import type { FieldOption } from "@nyx/shared";
import { parseDuration, unitOf } from "./durations.ts";
import type { Fact } from "./facts.ts";
import { degreeLevelOf, isMobileType, levelRank, workModeOf } from "./option-meaning.ts";
import { countryCode } from "./places.ts";

/** What a field's options alone say it asks for (a select whose options are countries is a country field). */
export interface OptionClue {
  fact: Fact;
  weight: number;
}

const PHONE_KIND =
  /\b(home|work|mobile|cell|landline|fixed|privat|festnetz|gesch|domicile|travail|bureau|portable|mobil|handy)/i;
const PLACEHOLDER = /^(|-+|select.*|choose.*|please.*|bitte.*|--.*|veuillez.*|choisi.*)$/i;

export function realOptions(options: readonly FieldOption[] | undefined): FieldOption[] {
  return (options ?? []).filter((o) => o.value.trim() !== "" && !PLACEHOLDER.test(o.label.trim()));
}

function share(options: readonly FieldOption[], test: (label: string) => boolean): number {
  if (options.length === 0) return 0;
  return options.filter((o) => test(o.label)).length / options.length;
}

export function optionClues(options: readonly FieldOption[] | undefined): OptionClue[] {
  const real = realOptions(options);
  if (real.length < 2) return [];
  const clues: OptionClue[] = [];
  if (share(real, (l) => /(^|[\s(])\+\d{1,4}\b/.test(l)) >= 0.5)
    clues.push({ fact: "phone_country_code", weight: 0.92 });
  else if (real.length >= 3 && share(real, (l) => countryCode(l) !== undefined) >= 0.6)
    clues.push({ fact: "country", weight: 0.85 });
  if (real.length >= 3 && share(real, (l) => levelRank(l) !== undefined) >= 0.6)
    clues.push({ fact: "language_level", weight: 0.7 });
  if (real.length <= 5 && real.some((o) => isMobileType(o.label)) && share(real, (l) => PHONE_KIND.test(l)) >= 0.6)
    clues.push({ fact: "phone_type", weight: 0.9 });
  const modes = new Set(real.map((o) => workModeOf(o.label)).filter((m) => m !== undefined && m !== "any"));
  if (modes.size >= 2) clues.push({ fact: "remote_preference", weight: 0.85 });
  if (share(real, (l) => parseDuration(l) !== undefined && unitOf(l) !== "year") >= 0.6)
    clues.push({ fact: "notice_period", weight: 0.6 });
  if (real.length >= 3 && share(real, (l) => degreeLevelOf(l) !== undefined) >= 0.6)
    clues.push({ fact: "education_degree", weight: 0.8 });
  if (share(real, (l) => /\b(she|he|they)\s*\/\s*(her|him|them)\b/i.test(l)) >= 0.5)
    clues.push({ fact: "pronouns", weight: 0.9 });
  return clues;
}
