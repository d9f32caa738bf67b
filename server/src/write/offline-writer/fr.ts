import { languageName } from "../places.ts";
import type { Job, Material } from "./material.ts";
import { type Phrases, year } from "./phrases.ts";

/** French sentences; only language-neutral facts (titles, companies, skills, years), never the English summaries. */
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} et ${items[items.length - 1]}`;
const role = (m: Material) => (m.title ? `le poste de ${m.title}` : "ce poste");
const at = (m: Material) => (m.company ? `chez ${m.company}` : "chez vous");
const mostly = (m: Material) => (m.mySkills.length > 0 ? `, principalement avec ${list(m.mySkills)}` : "");

function jobSkills(m: Material): string {
  return m.focusSkills.length > 0 ? `, principalement avec ${list(m.focusSkills)}` : "";
}

export const fr: Phrases = {
  lang: "fr",
  list,
  why: (m) => [
    m.skills.length > 0
      ? `${capitalise(role(m))} ${at(m)} m'intéresse, car il réunit des sujets que je pratique au quotidien (${list(m.skills)}) et s'appuie sur mes ${m.years} ans d'expérience.`
      : `${capitalise(role(m))} ${at(m)} m'intéresse, car il s'appuie sur mes ${m.years} ans d'expérience.`,
    m.current ? `J'occupe actuellement le poste de ${m.current.title} chez ${m.current.company}${jobSkills(m)}.` : "",
    `Ce serait un plaisir de mettre cette expérience au service de ${m.company ?? "votre équipe"}.`,
  ],
  whyThisRole: (m) =>
    m.skills.length > 0
      ? `Ce poste m'attire par son accent sur ${list(m.skills)}, que j'utilise au quotidien.`
      : `Ce poste s'appuie directement sur mes ${m.years} ans d'expérience.`,
  about: (m) => [
    m.current
      ? `J'occupe le poste de ${m.current.title} et j'ai ${m.years} ans d'expérience${mostly(m)}.`
      : `J'ai ${m.years} ans d'expérience${mostly(m)}.`,
  ],
  experience: (m, job: Job) => [
    job.end === null
      ? `Chez ${job.company}, je travaille depuis ${year(job.start)} comme ${job.title}${jobSkills(m)}.`
      : `Chez ${job.company}, j'ai travaillé de ${year(job.start)} à ${year(job.end)} comme ${job.title}${jobSkills(m)}.`,
    m.skills.length > 0
      ? `C'est cette expérience de ${list(m.skills)} que j'apporterais ${m.title ? `au poste de ${m.title}` : "à ce poste"}.`
      : "",
  ],
  education: (m) =>
    m.education
      ? `J'ai étudié ${m.education.field ? `${m.education.field} ` : ""}(${m.education.degree}, ${m.education.school}).`
      : "",
  languages: (m) =>
    m.languages.length > 0
      ? `Langues : ${list(m.languages.map((l) => `${languageName(l.lang, "fr")} (${l.level})`))}.`
      : "",
  hiringTeam: () => "Madame, Monsieur",
  someRole: "proposé",
  someCompany: "votre entreprise",
  letter: {
    greeting: "Madame, Monsieur,",
    opening: (m) => `je vous adresse ma candidature pour ${role(m)} ${at(m)}.`,
    closing: () => "Je me tiens à votre disposition pour un entretien.",
    signoff: "Veuillez agréer, Madame, Monsieur, mes salutations distinguées.",
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
