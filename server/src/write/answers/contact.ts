import type { FormField, Profile } from "@nyx/shared";
import { dictionaryFor } from "../dictionaries/index.ts";
import { answerText, fill, hasChoices, pickOption } from "../fill-value.ts";
import { mentions, normalise } from "../normalise.ts";
import { bestOption } from "../option-match.ts";
import { isMobileType } from "../option-meaning.ts";
import { countriesIn, countryCode, countryName } from "../places.ts";
import type { AnswerEnv, Outcome } from "../plan-types.ts";
import { type Handlers, missing } from "./handler.ts";

/** Name, e-mail, phone, address and links. */

function international(p: Profile): string {
  return `${p.phone.country_code} ${p.phone.number}`;
}

/** A city field with options ("Zurich, Zurich, Switzerland" vs "Zurich, Ontario, Canada"): the city in the person's country. */
function placeOption(field: FormField, p: Profile): Outcome | undefined {
  const iso = countryCode(p.location.country) ?? p.location.country_code;
  const city = normalise(p.location.city);
  const hit = bestOption(field.options, (label) => {
    const n = normalise(label);
    if (!mentions(n, city)) return 0;
    const countries = countriesIn(label, false);
    if (countries.length === 0) return 0.7;
    return iso !== undefined && countries.includes(iso) ? 0.9 + (n.startsWith(city) ? 0.05 : 0) : 0;
  });
  return hit ? pickOption(field, hit.option, Math.min(hit.score, 0.95)) : undefined;
}

/** "Zurich, Switzerland": the person's city and country, the country named in the form's language. */
function placeText(p: Profile, lang: string): string {
  const iso = p.location.country_code ?? countryCode(p.location.country);
  return `${p.location.city}, ${(iso && countryName(iso, lang)) ?? p.location.country}`;
}

function answerCountry(field: FormField, p: Profile, env: AnswerEnv): Outcome {
  return countryAnswer(field, p.location.country_code ?? countryCode(p.location.country), p.location.country, env);
}

/** Nationality: a country where `work_authorization` says the person is a citizen; never the residence by default. */
function answerNationality(field: FormField, p: Profile, env: AnswerEnv): Outcome {
  const citizen = Object.entries(p.work_authorization).find(([, status]) => status === "citizen")?.[0];
  const iso = citizen ? countryCode(citizen) : undefined;
  return citizen && iso ? countryAnswer(field, iso, citizen, env) : missing("not_in_profile");
}

/** A country by its code: the option that names it in any language or has it as value, else its name. */
function countryAnswer(field: FormField, iso: string | undefined, name: string, env: AnswerEnv): Outcome {
  if (!hasChoices(field)) return fill((iso && countryName(iso, env.language)) ?? name);
  const hit = bestOption(field.options, (label) => (iso !== undefined && countryCode(label) === iso ? 0.95 : 0));
  if (hit) return pickOption(field, hit.option, hit.score);
  const byValue = (field.options ?? []).find((o) => iso !== undefined && o.value.toUpperCase() === iso);
  return byValue ? pickOption(field, byValue, 0.9) : answerText(field, [name]);
}

function answerDialCode(field: FormField, p: Profile, lang: string): Outcome {
  const code = p.phone.country_code;
  const iso = p.location.country_code ?? countryCode(p.location.country);
  if (!hasChoices(field)) {
    // A country list to search and pick from finds the country by its name ("Switzerland +41").
    const name = field.type === "combobox" && iso !== undefined ? countryName(iso, lang) : undefined;
    return fill(name ?? code, name ? 0.85 : 0.95);
  }
  const dial = new RegExp(`\\${code}(?!\\d)`);
  const hit = bestOption(field.options, (label) => {
    if (!dial.test(label)) return 0;
    return iso !== undefined && countriesIn(label, false).includes(iso) ? 0.95 : 0.85;
  });
  if (hit) return pickOption(field, hit.option, hit.score);
  const byValue = (field.options ?? []).find((o) => dial.test(o.value) || o.value === iso);
  return byValue ? pickOption(field, byValue, 0.85) : missing("no_matching_option");
}

/** A link from `links`, by its key (case-insensitive), e.g. "LinkedIn" → links.linkedin. */
export function link(p: Profile, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const hit = Object.entries(p.links).find(([k]) => k.toLowerCase() === key.toLowerCase());
    if (hit) return hit[1];
  }
  return undefined;
}

const linkAnswer = (url: string | undefined): Outcome => (url ? fill(url) : missing("not_in_profile"));

export const contactHandlers: Handlers = {
  first_name: (f, _r, { profile: p }) => answerText(f, [p.name.first]),
  last_name: (f, _r, { profile: p }) => answerText(f, [p.name.last]),
  full_name: (f, _r, { profile: p }) => answerText(f, [`${p.name.first} ${p.name.last}`]),
  preferred_name: (f, _r, { profile: p }) =>
    p.name.preferred ? answerText(f, [p.name.preferred]) : missing("not_in_profile"),
  email: (f, _r, { profile: p }) => answerText(f, [p.email]),
  phone: (f, _r, env) =>
    hasChoices(f)
      ? answerDialCode(f, env.profile, env.language)
      : fill(env.separatePhoneCountryCode ? env.profile.phone.number : international(env.profile)),
  phone_number_national: (_f, _r, { profile: p }) => fill(p.phone.number),
  phone_country_code: (f, _r, env) => answerDialCode(f, env.profile, env.language),
  // The profile keeps one number for applications; a careful person calls it their mobile.
  phone_type: (f, _rec, env) => {
    const mobile = (f.options ?? []).find((o) => isMobileType(o.label));
    if (mobile) return { ...pickOption(f, mobile, 0.7), source: "default" };
    // A list that shows its options only when opened: the word to pick by.
    if (f.type === "combobox" && !hasChoices(f))
      return { kind: "fill", value: dictionaryFor(env.language).render.mobile, source: "default", confidence: 0.7 };
    return missing("not_in_profile");
  },
  street: (_f, _r, { profile: p }) => (p.location.street ? fill(p.location.street) : missing("not_in_profile")),
  postal_code: (_f, _r, { profile: p }) =>
    p.location.postal_code ? fill(p.location.postal_code) : missing("not_in_profile"),
  city: (f, _r, env) => {
    const p = env.profile;
    if (hasChoices(f)) return placeOption(f, p) ?? answerText(f, [p.location.city]);
    // A place to search and pick: the city with its country, to tell Zurich (CH) from Zurich (Ontario).
    return fill(f.type === "combobox" ? placeText(p, env.language) : p.location.city);
  },
  location: (f, _r, env) =>
    hasChoices(f)
      ? (placeOption(f, env.profile) ?? missing("no_matching_option"))
      : fill(placeText(env.profile, env.language)),
  country: (f, _r, env) => answerCountry(f, env.profile, env),
  nationality: (f, _r, env) => answerNationality(f, env.profile, env),
  linkedin: (_f, _r, { profile: p }) => linkAnswer(link(p, "linkedin")),
  github: (_f, _r, { profile: p }) => linkAnswer(link(p, "github")),
  portfolio: (_f, _r, { profile: p }) => linkAnswer(link(p, "portfolio", "website", "homepage")),
  // A bare "Website" field is a classic bot trap: only an explicitly kept website goes there.
  website: (_f, _r, { profile: p }) => linkAnswer(link(p, "website", "homepage", "personal_website", "blog")),
  other_link: (_f, r, { profile: p }) => linkAnswer(r.linkKind ? link(p, r.linkKind) : undefined),
};
