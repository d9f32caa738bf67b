import { languageName } from "../places.ts";
import type { Job, Material } from "./material.ts";
import { type Phrases, year } from "./phrases.ts";

/** Italian sentences (formal register); only language-neutral facts (titles, companies, skills, years), never the English summaries. */
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} e ${items[items.length - 1]}`;
const role = (m: Material) => (m.title ? `la posizione di ${m.title}` : "questa posizione");
const at = (m: Material) => (m.company ? `presso ${m.company}` : "presso di voi");
const mostly = (m: Material) => (m.mySkills.length > 0 ? `, soprattutto con ${list(m.mySkills)}` : "");

function jobSkills(m: Material): string {
  return m.focusSkills.length > 0 ? `, soprattutto con ${list(m.focusSkills)}` : "";
}

export const it: Phrases = {
  lang: "it",
  list,
  why: (m) => [
    m.skills.length > 0
      ? `${capitalise(role(m))} ${at(m)} mi interessa perché riunisce temi con cui lavoro ogni giorno (${list(m.skills)}) e si basa sui miei ${m.years} anni di esperienza.`
      : `${capitalise(role(m))} ${at(m)} mi interessa perché si basa sui miei ${m.years} anni di esperienza.`,
    m.current ? `Attualmente lavoro come ${m.current.title} presso ${m.current.company}${jobSkills(m)}.` : "",
    `Mi farebbe piacere mettere questa esperienza al servizio di ${m.company ?? "del vostro team"}.`,
  ],
  whyThisRole: (m) =>
    m.skills.length > 0
      ? `Questa posizione mi attira per l'accento su ${list(m.skills)}, che utilizzo ogni giorno.`
      : `Questa posizione si basa direttamente sui miei ${m.years} anni di esperienza.`,
  about: (m) => [
    m.current
      ? `Lavoro come ${m.current.title} e ho ${m.years} anni di esperienza${mostly(m)}.`
      : `Ho ${m.years} anni di esperienza${mostly(m)}.`,
  ],
  experience: (m, job: Job) => [
    job.end === null
      ? `Presso ${job.company} lavoro dal ${year(job.start)} come ${job.title}${jobSkills(m)}.`
      : `Presso ${job.company} ho lavorato dal ${year(job.start)} al ${year(job.end)} come ${job.title}${jobSkills(m)}.`,
    m.skills.length > 0
      ? `È questa esperienza con ${list(m.skills)} che porterei ${m.title ? `nel ruolo di ${m.title}` : "in questo ruolo"}.`
      : "",
  ],
  education: (m) =>
    m.education
      ? `Ho studiato ${m.education.field ? `${m.education.field} ` : ""}(${m.education.degree}, ${m.education.school}).`
      : "",
  languages: (m) =>
    m.languages.length > 0
      ? `Lingue: ${list(m.languages.map((l) => `${languageName(l.lang, "it")} (${l.level})`))}.`
      : "",
  hiringTeam: () => "Gentili Signore e Signori",
  someRole: "proposta",
  someCompany: "la vostra azienda",
  letter: {
    greeting: "Gentili Signore e Signori,",
    opening: (m) => `con la presente mi candido per ${role(m)} ${at(m)}.`,
    closing: () => "Resto a disposizione per un colloquio.",
    signoff: "Cordiali saluti,",
  },
};

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
