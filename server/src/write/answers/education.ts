import type { FormField, Profile } from "@nyx/shared";
import { formatDate, parseProfileDate } from "../dates.ts";
import { dictionaryFor } from "../dictionaries/index.ts";
import type { DatePart } from "../facts.ts";
import { answerText, fill, hasChoices, pickOption } from "../fill-value.ts";
import { bestOption, optionScore } from "../option-match.ts";
import { degreeLevelOf } from "../option-meaning.ts";
import type { Outcome } from "../plan-types.ts";
import { type Handlers, missing } from "./handler.ts";

/** School, degree, field and dates of the profile's first-listed (highest) education. */

type Education = Profile["education"][number];

function degree(field: FormField, edu: Education, lang: string): Outcome {
  const level = degreeLevelOf(edu.degree);
  if (!hasChoices(field)) {
    // A list that shows its options only when opened: the level as such lists name it, to pick by.
    const picked = field.type === "combobox" && level !== undefined && level !== "other";
    return fill(picked ? dictionaryFor(lang).render.degrees[level] : edu.degree, picked ? 0.8 : 0.95);
  }
  const hit = bestOption(field.options, (label) => {
    const exact = optionScore({ value: "", label }, edu.degree);
    if (exact >= 0.9) return exact;
    return level !== undefined && level !== "other" && degreeLevelOf(label) === level ? 0.85 : 0;
  });
  return hit ? pickOption(field, hit.option, hit.score) : missing("no_matching_option");
}

function date(field: FormField, value: string | null | undefined, part: DatePart | undefined, lang: string): Outcome {
  const d = value ? parseProfileDate(value) : undefined;
  return d ? fill(formatDate(field, d, part, lang)) : missing("not_in_profile");
}

const first = (p: Profile): Education | undefined => p.education[0];

export const educationHandlers: Handlers = {
  education_school: (f, _r, { profile }) => {
    const edu = first(profile);
    return edu ? answerText(f, [edu.school]) : missing("not_in_profile");
  },
  education_degree: (f, _r, { profile, language }) => {
    const edu = first(profile);
    return edu ? degree(f, edu, language) : missing("not_in_profile");
  },
  education_field: (f, _r, { profile }) => {
    const edu = first(profile);
    return edu?.field ? answerText(f, [edu.field]) : missing("not_in_profile");
  },
  education_start: (f, r, env) => date(f, first(env.profile)?.start, r.datePart, env.language),
  education_end: (f, r, env) => date(f, first(env.profile)?.end, r.datePart, env.language),
};
