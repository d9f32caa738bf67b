import type { FormField, Profile } from "@nyx/shared";
import { formatDate, parseProfileDate } from "../dates.ts";
import { parseDuration, WEEKS_PER } from "../durations.ts";
import { answerText, answerYesNo, fill, hasChoices, pickOption } from "../fill-value.ts";
import { mentions, normalise } from "../normalise.ts";
import { realOptions } from "../option-evidence.ts";
import { bestOption } from "../option-match.ts";
import type { Outcome } from "../plan-types.ts";
import { type Handlers, missing } from "./handler.ts";

/** Current job, years of experience and skills. */

type Job = Profile["experience"][number];

function currentJob(p: Profile): Job | undefined {
  return p.experience.find((e) => e.end === null);
}

function jobDate(
  field: FormField,
  date: string | null | undefined,
  part: Parameters<typeof formatDate>[2],
  lang: string,
): Outcome {
  const d = date ? parseProfileDate(date) : undefined;
  return d ? fill(formatDate(field, d, part, lang)) : missing("not_in_profile");
}

/** A years answer: a number, or the option whose range holds it ("5-7 years", "8+"). */
export function answerYears(field: FormField, years: number): Outcome {
  if (!hasChoices(field)) return fill(String(years));
  const weeks = years * WEEKS_PER.year;
  const hit = bestOption(field.options, (label) => {
    const d = parseDuration(label, "year");
    return d && weeks >= d.min - 1e-9 && weeks <= d.max + 1e-9 ? 0.85 : 0;
  });
  return hit ? pickOption(field, hit.option, hit.score) : missing("no_matching_option");
}

/** The skills a question names: "Python or Rust", "Kubernetes/Docker". */
function namedSkills(skill: string): string[] {
  return skill
    .split(/\s*(?:,|\/|&|\bor\b|\band\b|\boder\b|\bund\b|\bou\b|\bet\b)\s*/i)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

const sameSkill = (a: string, b: string) => normalise(a) === normalise(b);

function skillExperience(field: FormField, skill: string | undefined, p: Profile, lang: string): Outcome {
  const named = namedSkills(skill ?? "");
  if (named.length === 0) return missing("unknown_question");
  if (named.some((s) => p.skills_false.some((f) => sameSkill(f, s)))) return missing("skill_not_claimed");
  if (named.every((s) => p.skills_true.some((t) => sameSkill(t, s)))) return answerYesNo(field, true, lang);
  return missing("skill_not_in_profile");
}

/** Ticks the options that name a skill the person has, never one in skills_false. */
function skills(field: FormField, p: Profile): Outcome {
  if (!hasChoices(field)) return p.skills_true.length ? fill(p.skills_true.join(", ")) : missing("not_in_profile");
  const has = (label: string) =>
    p.skills_true.some((t) => sameSkill(t, label) || mentions(label, t)) &&
    !p.skills_false.some((f) => mentions(label, f));
  const picked = realOptions(field.options).filter((o) => has(o.label));
  if (picked.length === 0) return missing("no_matching_option");
  if (field.type === "multiselect" || field.type === "checkbox_group")
    return { kind: "fill", values: picked.map((o) => o.value), source: "profile", confidence: 0.9 };
  const [first] = picked;
  return first ? pickOption(field, first, 0.7) : missing("no_matching_option");
}

export const workHandlers: Handlers = {
  current_company: (f, _r, { profile }) => {
    const job = currentJob(profile);
    return job ? answerText(f, [job.company]) : missing("no_current_job");
  },
  current_title: (f, _r, { profile }) => {
    const job = currentJob(profile);
    return job ? answerText(f, [job.title]) : missing("no_current_job");
  },
  experience_start: (f, r, env) =>
    jobDate(f, (currentJob(env.profile) ?? env.profile.experience[0])?.start, r.datePart, env.language),
  experience_end: (f, r, env) => {
    const job = currentJob(env.profile) ?? env.profile.experience[0];
    return job && job.end === null
      ? { kind: "skip", reason: "current_job" }
      : jobDate(f, job?.end, r.datePart, env.language);
  },
  currently_employed: (f, _r, env) => answerYesNo(f, currentJob(env.profile) !== undefined, env.language),
  years_experience: (f, _r, { profile }) => answerYears(f, profile.years_experience),
  skill_years: (_f, r, { profile }) =>
    missing(
      namedSkills(r.skill ?? "").some((s) => profile.skills_false.some((x) => sameSkill(x, s)))
        ? "skill_not_claimed"
        : "skill_years_not_in_profile",
    ),
  skill_experience: (f, r, env) => skillExperience(f, r.skill, env.profile, env.language),
  skills: (f, _r, { profile }) => skills(f, profile),
};
