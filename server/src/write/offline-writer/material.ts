import type { ExtractedPosting, Profile } from "@nyx/shared";
import { mentions, words } from "../normalise.ts";
import { languageKey } from "../places.ts";

/** The facts an offline answer may use: the person's own, and the job's title, company and matching skills. */
export interface Job {
  company: string;
  title: string;
  start: string;
  end: string | null;
  summary?: string;
}

export interface Material {
  name: string;
  /** The job title without bracketed notes ("(m/w/d)", "(Python/Rust)"); undefined when it names a skill never claimed. */
  title?: string;
  company?: string;
  /** Skills the posting asks for that the person has (skills_true), in the posting's order; may be empty. */
  skills: string[];
  /** The person's first few skills, for sentences about them alone. */
  mySkills: string[];
  years: number;
  current?: Job;
  /** The job that best fits the question (the current one when none does). */
  focus?: Job;
  /** skills_true named in the focus job's summary. */
  focusSkills: string[];
  education?: { school: string; degree: string; field?: string };
  languages: { lang: string; level: string }[];
}

const MAX_TITLE = 80;
const MAX_COMPANY = 60;

function cleanTitle(title: string, p: Profile): string | undefined {
  const t = title
    .replace(/\([^)]*\)|\[[^\]]*\]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (t.length === 0 || t.length > MAX_TITLE) return undefined;
  return p.skills_false.some((s) => mentions(t, s)) ? undefined : t;
}

function postingSkills(p: Profile, posting: ExtractedPosting): string[] {
  const text = `${posting.title}\n${posting.descriptionClean}`;
  const lower = text.toLowerCase();
  const found = p.skills_true
    .filter((skill) => mentions(text, skill))
    .map((skill) => ({ skill, at: lower.indexOf(skill.toLowerCase()) }))
    .sort((a, b) => a.at - b.at)
    .map((s) => s.skill);
  return found.slice(0, 4);
}

function focusJob(p: Profile, question: string): Job | undefined {
  const asked = new Set(words(question).filter((w) => w.length > 3));
  let best: { job: Job; score: number } | undefined;
  for (const job of p.experience) {
    const score = words(`${job.title} ${job.summary ?? ""}`).filter((w) => asked.has(w)).length;
    if (!best || score > best.score) best = { job, score };
  }
  const current = p.experience.find((e) => e.end === null) ?? p.experience[0];
  return best && best.score > 0 ? best.job : current;
}

export function gatherMaterial(p: Profile, posting: ExtractedPosting, question: string): Material {
  const current = p.experience.find((e) => e.end === null);
  const focus = focusJob(p, question);
  const edu = p.education[0];
  const title = cleanTitle(posting.title, p);
  const company = posting.company?.trim();
  return {
    name: `${p.name.first} ${p.name.last}`,
    ...(title ? { title } : {}),
    ...(company && company.length <= MAX_COMPANY ? { company } : {}),
    skills: postingSkills(p, posting),
    mySkills: p.skills_true.slice(0, 4),
    years: p.years_experience,
    ...(current ? { current } : {}),
    ...(focus ? { focus } : {}),
    focusSkills: focus ? p.skills_true.filter((s) => mentions(focus.summary ?? "", s)).slice(0, 4) : [],
    ...(edu
      ? { education: { school: edu.school, degree: edu.degree, ...(edu.field ? { field: edu.field } : {}) } }
      : {}),
    languages: p.languages.map((l) => ({ lang: languageKey(l.lang) ?? l.lang, level: l.level })),
  };
}
