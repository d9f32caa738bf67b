import type { Job, Material } from "./material.ts";
import { firstPerson, type Phrases, year } from "./phrases.ts";

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
/** "an MSc", "a BSc", "an engineer". */
const article = (word: string) =>
  /^[A-Z](?:[A-Z]|[a-z]?[A-Z])/.test(word)
    ? /^[AEFHILMNORSX]/.test(word)
      ? "an"
      : "a"
    : /^[aeiou]/i.test(word)
      ? "an"
      : "a";
const role = (m: Material) => (m.title ? `the ${m.title} role` : "this role");
const company = (m: Material) => m.company ?? "your company";
const mostly = (m: Material) => (m.mySkills.length > 0 ? `, mostly with ${list(m.mySkills)}` : "");

export const en: Phrases = {
  lang: "en",
  list,
  why: (m) =>
    [
      m.skills.length > 0
        ? `${role(m)} at ${company(m)} appeals to me because it centres on ${list(m.skills)}, ${m.skills.length > 1 ? "all of which" : "which"} I use in my work, and builds on my ${m.years} years of experience.`
        : `${role(m)} at ${company(m)} appeals to me because it builds on my ${m.years} years of experience.`,
      m.current?.summary
        ? `As ${article(m.current.title)} ${m.current.title} at ${m.current.company}, ${firstPerson(m.current.summary)}.`
        : m.current
          ? `I currently work as ${article(m.current.title)} ${m.current.title} at ${m.current.company}.`
          : "",
      `I would welcome the chance to bring this experience to ${company(m)}.`,
    ].map(capitalise),
  whyThisRole: (m) =>
    m.skills.length > 0
      ? `What draws me to this role is its focus on ${list(m.skills)}, ${m.skills.length > 1 ? "all of which" : "which"} I use in my work.`
      : `This role builds directly on my ${m.years} years of experience.`,
  about: (m) => [
    m.current
      ? `I am ${article(m.current.title)} ${m.current.title} with ${m.years} years of experience${mostly(m)}.`
      : `I have ${m.years} years of experience${mostly(m)}.`,
    m.current?.summary ? `At ${m.current.company}, ${firstPerson(m.current.summary)}.` : "",
  ],
  experience: (m, job) => [
    jobSentence(m, job),
    m.skills.length > 0 ? `That experience with ${list(m.skills)} is what I would bring to ${role(m)}.` : "",
  ],
  education: (m) =>
    m.education
      ? `I hold ${article(m.education.degree)} ${m.education.degree}${m.education.field ? ` in ${m.education.field}` : ""} from ${m.education.school}.`
      : "",
  languages: (m) =>
    m.languages.length > 0 ? `I work in ${list(m.languages.map((l) => `${l.lang} (${l.level})`))}.` : "",
  hiringTeam: (m) => (m.company ? `${m.company} Hiring Team` : "Hiring Team"),
  someRole: "advertised",
  someCompany: "your company",
  letter: {
    greeting: "Dear Hiring Team,",
    opening: (m) => `I am applying for ${role(m)} at ${company(m)}.`,
    closing: (m) => `I would be glad to talk about how I can help ${company(m)}.`,
    signoff: "Kind regards,",
  },
};

/** The job that fits the question, in the person's words (summary) or by its skills. */
function jobSentence(m: Material, job: Job): string {
  const current = job.end === null;
  const skills = m.focusSkills.length > 0 ? m.focusSkills : m.mySkills;
  const what = job.summary
    ? firstPerson(job.summary, current)
    : skills.length > 0
      ? `I ${current ? "work" : "worked"} with ${list(skills)}`
      : "";
  const a = article(job.title);
  if (what === "") {
    return current
      ? `I have worked at ${job.company} as ${a} ${job.title} since ${year(job.start)}.`
      : `I worked at ${job.company} as ${a} ${job.title} from ${year(job.start)} to ${year(job.end)}.`;
  }
  return current
    ? `At ${job.company}, where I have worked as ${a} ${job.title} since ${year(job.start)}, ${what}.`
    : `At ${job.company}, as ${a} ${job.title} (${year(job.start)}–${year(job.end)}), ${what}.`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
