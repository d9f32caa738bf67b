import type { ExtractedPosting, Profile } from "@nyx/shared";
import { NUMBER_WORDS } from "../text/number-words.ts";
import { sameSkill, skillsIn, vocabulary } from "./skills.ts";
import { titleSimilarity } from "./titles.ts";

/** The owner's weights (PRODUCT.md §4.3). */
export const WEIGHTS = { skills: 0.35, title: 0.25, experience: 0.15, locationOrRemote: 0.15, salary: 0.1 } as const;

export interface Breakdown {
  skills: number;
  title: number;
  experience: number;
  location: number;
  remote: number;
  /** max(location, remote) — the weighted component. */
  locationOrRemote: number;
  salary: number;
  /** The weighted sum of the components, 0..1. */
  structured: number;
  reasons: string[];
}

const NEUTRAL = 0.5;

/** The structured match of one profile to one posting, each component in 0..1 with its reason. */
export function structuredScore(job: ExtractedPosting, profile: Profile): Breakdown {
  const reasons: string[] = [];
  const text = `${job.title}\n${job.descriptionClean}`;

  const vocab = vocabulary([...profile.skills_true, ...profile.skills_false]);
  const asked = [...skillsIn(text, vocab)];
  const have = asked.filter((s) => profile.skills_true.some((t) => sameSkill(s, t)));
  const lacking = asked.filter((s) => !have.includes(s));
  const skills = asked.length === 0 ? NEUTRAL : have.length / asked.length;
  reasons.push(
    asked.length === 0
      ? "no recognised skills in the posting"
      : `skills ${have.length}/${asked.length}${lacking.length ? ` (lacking ${lacking.join(", ")})` : ""}`,
  );

  const title = Math.max(0, ...profile.target_titles.map((t) => titleSimilarity(job.title, t)));
  reasons.push(`title ${(title * 100).toFixed(0)} % like a target title`);

  const required = requiredYears(job.descriptionClean);
  const experience =
    required === undefined ? NEUTRAL + 0.25 : Math.min(1, profile.years_experience / Math.max(required, 1));
  if (required !== undefined) reasons.push(`asks ${required}+ years, has ${profile.years_experience}`);

  const location = locationFit(job, profile);
  const remote = remoteFit(job, profile);
  const locationOrRemote = Math.max(location, remote);
  reasons.push(`location ${(location * 100).toFixed(0)} %, remote ${(remote * 100).toFixed(0)} %`);

  const salary = salaryFit(job, profile);
  if (job.salary) reasons.push(`salary ${(salary * 100).toFixed(0)} % of the person's minimum is met`);

  const structured =
    WEIGHTS.skills * skills +
    WEIGHTS.title * title +
    WEIGHTS.experience * experience +
    WEIGHTS.locationOrRemote * locationOrRemote +
    WEIGHTS.salary * salary;
  return { skills, title, experience, location, remote, locationOrRemote, salary, structured, reasons };
}

/** In "N years of experience" even "one" and "neuf" are numbers. */
const YEAR_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, one: 1, ein: 1, eins: 1, neuf: 9 };

/** "6+ years", "at least five years", "mindestens sechs Jahre", "3 ans d'expérience". */
export function requiredYears(text: string): number | undefined {
  const pattern = /(\d{1,2}|[a-zäöüé]+)\s*\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs|jahre[n]?|ans)\b/gi;
  const found: number[] = [];
  for (const match of text.matchAll(pattern)) {
    const raw = (match[1] ?? "").toLowerCase();
    const n = /^\d+$/.test(raw) ? Number(raw) : YEAR_WORDS[raw];
    if (n !== undefined && n > 0 && n <= 25) found.push(n);
  }
  return found.length === 0 ? undefined : Math.max(...found);
}

function locationFit(job: ExtractedPosting, profile: Profile): number {
  const places = [...profile.preferred_locations, profile.location.city].map((p) => p.toLowerCase());
  if (job.city && places.includes(job.city.toLowerCase())) return 1;
  const countries = [profile.location.country, ...profile.relocation_countries].map((c) => c.toLowerCase());
  if (job.country && countries.includes(job.country.toLowerCase())) return profile.willing_to_relocate ? 0.8 : 0.6;
  if (!job.city && !job.country) return NEUTRAL;
  return profile.willing_to_relocate ? 0.3 : 0;
}

function remoteFit(job: ExtractedPosting, profile: Profile): number {
  if (job.remote === null) return 0;
  const wantsRemote = profile.remote_preference !== "onsite";
  const remoteOk = profile.preferred_locations.some((p) => p.toLowerCase() === "remote");
  if (job.remote === "remote") return wantsRemote || remoteOk ? 1 : 0.5;
  if (job.remote === "hybrid")
    return profile.remote_preference === "hybrid" || profile.remote_preference === "any" ? 0.5 : 0.3;
  return 0;
}

function salaryFit(job: ExtractedPosting, profile: Profile): number {
  const salary = job.salary;
  if (!salary || (salary.max === undefined && salary.min === undefined)) return NEUTRAL;
  const band =
    salary.currency === profile.salary.currency ? profile.salary : profile.salary_by_currency[salary.currency];
  if (!band) return NEUTRAL;
  const top = salary.max ?? salary.min ?? 0;
  return Math.max(0, Math.min(1, top / Math.max(band.min, 1)));
}
