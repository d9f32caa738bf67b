import { languageName } from "../places.ts";
import type { Job, Material } from "./material.ts";
import { type Phrases, year } from "./phrases.ts";

/** Spanish sentences; only language-neutral facts (titles, companies, skills, years), never the English summaries. */
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} y ${items[items.length - 1]}`;
const role = (m: Material) => (m.title ? `el puesto de ${m.title}` : "este puesto");
const at = (m: Material) => (m.company ? `en ${m.company}` : "en su empresa");
const mostly = (m: Material) => (m.mySkills.length > 0 ? `, sobre todo con ${list(m.mySkills)}` : "");

function jobSkills(m: Material): string {
  return m.focusSkills.length > 0 ? `, sobre todo con ${list(m.focusSkills)}` : "";
}

export const es: Phrases = {
  lang: "es",
  list,
  why: (m) => [
    m.skills.length > 0
      ? `Me interesa ${role(m)} ${at(m)} porque reúne temas con los que trabajo a diario (${list(m.skills)}) y se apoya en mis ${m.years} años de experiencia.`
      : `Me interesa ${role(m)} ${at(m)} porque se apoya en mis ${m.years} años de experiencia.`,
    m.current ? `Actualmente trabajo como ${m.current.title} en ${m.current.company}${jobSkills(m)}.` : "",
    `Me encantaría poner esta experiencia al servicio de ${m.company ?? "su equipo"}.`,
  ],
  whyThisRole: (m) =>
    m.skills.length > 0
      ? `Me atrae este puesto por su enfoque en ${list(m.skills)}, con lo que trabajo a diario.`
      : `Este puesto se apoya directamente en mis ${m.years} años de experiencia.`,
  about: (m) => [
    m.current
      ? `Trabajo como ${m.current.title} y tengo ${m.years} años de experiencia${mostly(m)}.`
      : `Tengo ${m.years} años de experiencia${mostly(m)}.`,
  ],
  experience: (m, job: Job) => [
    job.end === null
      ? `En ${job.company} trabajo desde ${year(job.start)} como ${job.title}${jobSkills(m)}.`
      : `En ${job.company} trabajé de ${year(job.start)} a ${year(job.end)} como ${job.title}${jobSkills(m)}.`,
    m.skills.length > 0
      ? `Es esta experiencia con ${list(m.skills)} la que aportaría ${m.title ? `al puesto de ${m.title}` : "a este puesto"}.`
      : "",
  ],
  education: (m) =>
    m.education
      ? `Estudié ${m.education.field ? `${m.education.field} ` : ""}(${m.education.degree}, ${m.education.school}).`
      : "",
  languages: (m) =>
    m.languages.length > 0
      ? `Idiomas: ${list(m.languages.map((l) => `${languageName(l.lang, "es")} (${l.level})`))}.`
      : "",
  hiringTeam: () => "Estimado equipo de selección",
  someRole: "ofertado",
  someCompany: "su empresa",
  letter: {
    greeting: "Estimado equipo de selección:",
    opening: (m) => `Les escribo para presentar mi candidatura para ${role(m)} ${at(m)}.`,
    closing: () => "Quedo a su disposición para una entrevista.",
    signoff: "Atentamente,",
  },
};
