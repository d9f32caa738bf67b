import type { FormField, Profile } from "@nyx/shared";
import { dictionaryFor } from "../dictionaries/index.ts";
import { fill, hasChoices, pickOption } from "../fill-value.ts";
import { realOptions } from "../option-evidence.ts";
import { bestOption } from "../option-match.ts";
import { levelRank } from "../option-meaning.ts";
import { languageKey, languageName, languagesIn } from "../places.ts";
import type { Outcome } from "../plan-types.ts";
import { type Handlers, missing } from "./handler.ts";

/** Languages the person speaks, and how well: never a level above the profile's. */

const RANK: Readonly<Record<string, number>> = { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 6, native: 7 };

type Spoken = Profile["languages"][number];

function spoken(p: Profile, english: string): Spoken | undefined {
  return p.languages.find((l) => (languageKey(l.lang) ?? l.lang).toLowerCase() === english.toLowerCase());
}

function level(field: FormField, p: Profile, english: string | undefined, lang: string): Outcome {
  if (english === undefined) return missing("unknown_question");
  const entry = spoken(p, english);
  const rank = entry ? (RANK[entry.level] ?? 0) : 0;
  if (!hasChoices(field)) {
    if (!entry) return missing("language_not_in_profile");
    return fill(entry.level === "native" ? dictionaryFor(lang).render.native : entry.level);
  }
  // The highest option that does not claim more than the profile; an exact level is surest.
  const hit = bestOption(field.options, (label) => {
    const r = levelRank(label);
    return r !== undefined && r <= rank ? 1 + r / 10 : 0;
  });
  if (!hit || (!entry && levelRank(hit.option.label) !== 0)) return missing("language_not_in_profile");
  return pickOption(field, hit.option, levelRank(hit.option.label) === rank ? 0.95 : 0.75);
}

function languages(field: FormField, p: Profile, lang: string): Outcome {
  if (p.languages.length === 0) return missing("not_in_profile");
  const keys = (l: Spoken) => languageKey(l.lang) ?? l.lang;
  if (!hasChoices(field)) {
    return fill(p.languages.map((l) => `${languageName(keys(l), lang)} (${l.level})`).join(", "));
  }
  const mine = new Set(p.languages.map((l) => keys(l).toLowerCase()));
  const picked = realOptions(field.options).filter((o) =>
    languagesIn(o.label).some((name) => mine.has(name.toLowerCase())),
  );
  if (picked.length === 0) return missing("no_matching_option");
  if (field.type === "multiselect" || field.type === "checkbox_group")
    return { kind: "fill", values: picked.map((o) => o.value), source: "profile", confidence: 0.9 };
  const [first] = picked;
  return first ? pickOption(field, first, 0.6) : missing("no_matching_option");
}

export const languageHandlers: Handlers = {
  language_level: (f, r, env) => level(f, env.profile, r.language, env.language),
  languages: (f, _r, env) => languages(f, env.profile, env.language),
};
