import type { FormField, Profile } from "@nyx/shared";
import type { Recognition } from "../facts.ts";
import { answerYesNo } from "../fill-value.ts";
import { mentions } from "../normalise.ts";
import { countryCode, FREE_MOVEMENT, inFreeMovementArea } from "../places.ts";
import type { AnswerEnv, Outcome } from "../plan-types.ts";
import { type Handlers, missing } from "./handler.ts";

/** Work authorisation, sponsorship and relocation, per the job's country, from `work_authorization`. */

type Status = Profile["work_authorization"][string];
const AUTHORIZED: ReadonlySet<Status> = new Set(["citizen", "permanent_resident", "authorized"]);

/**
 * The profile's status for a country (ISO code or "EU"): its own entry, else "requires_sponsorship"
 * when `needs_sponsorship_outside` lists it, else the EU/EFTA entry for members of that area.
 */
export function statusFor(p: Profile, iso: string): Status | undefined {
  const entries = Object.entries(p.work_authorization);
  const own = entries.find(([key]) => countryCode(key) === iso);
  if (own) return own[1];
  if (listed(p.needs_sponsorship_outside, iso)) return "requires_sponsorship";
  if (iso === FREE_MOVEMENT || inFreeMovementArea(iso))
    return entries.find(([key]) => countryCode(key) === FREE_MOVEMENT)?.[1];
  return undefined;
}

function listed(names: readonly string[], iso: string): boolean {
  return names.some((n) => countryCode(n) === iso);
}

export function isAuthorized(p: Profile, iso: string): boolean | undefined {
  const status = statusFor(p, iso);
  return status === undefined ? undefined : AUTHORIZED.has(status);
}

export function needsSponsorship(p: Profile, iso: string): boolean | undefined {
  if (listed(p.needs_sponsorship_outside, iso)) return true;
  const status = statusFor(p, iso);
  return status === undefined ? undefined : !AUTHORIZED.has(status);
}

/** The country a question is about: the one it names, else the job's, else the one the form's other such questions name. */
function questionCountry(rec: Recognition, env: AnswerEnv): string | undefined {
  return rec.country ?? countryCode(env.posting.country) ?? env.formCountry;
}

function relocate(field: FormField, rec: Recognition, env: AnswerEnv): Outcome {
  const p = env.profile;
  if (!p.willing_to_relocate) return answerYesNo(field, false, env.language);
  const home = countryCode(p.location.country);
  const places = [...p.preferred_locations, ...p.relocation_countries];
  const namesPlace = places.some((place) => mentions(field.label, place));
  const iso = rec.country ?? (namesPlace ? undefined : countryCode(env.posting.country));
  const fits =
    namesPlace ||
    (iso !== undefined && (iso === home || listed(p.relocation_countries, iso))) ||
    (iso === undefined && env.posting.city !== null && places.some((place) => mentions(place, env.posting.city ?? "")));
  if (fits) return answerYesNo(field, true, env.language);
  return iso === undefined && env.posting.city === null
    ? answerYesNo(field, true, env.language, 0.8)
    : missing("relocation_place_not_in_profile");
}

export const authorizationHandlers: Handlers = {
  work_authorization: (f, r, env) => {
    const iso = questionCountry(r, env);
    const yes = iso === undefined ? undefined : isAuthorized(env.profile, iso);
    return yes === undefined ? missing("work_authorization_not_in_profile") : answerYesNo(f, yes, env.language);
  },
  needs_sponsorship: (f, r, env) => {
    const iso = questionCountry(r, env);
    const yes = iso === undefined ? undefined : needsSponsorship(env.profile, iso);
    return yes === undefined ? missing("sponsorship_not_in_profile") : answerYesNo(f, yes, env.language);
  },
  willing_to_relocate: relocate,
};
