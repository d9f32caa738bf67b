import { languageName } from "../places.ts";
import type { Job, Material } from "./material.ts";
import { type Phrases, year } from "./phrases.ts";

/** German sentences; only language-neutral facts (titles, companies, skills, years), never the English summaries. */
const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} und ${items[items.length - 1]}`;
const role = (m: Material) => (m.title ? `die Position als ${m.title}` : "diese Position");
const at = (m: Material) => (m.company ? `bei ${m.company}` : "bei Ihnen");
const mostly = (m: Material) => (m.mySkills.length > 0 ? `, vor allem mit ${list(m.mySkills)}` : "");

function jobSkills(m: Material): string {
  return m.focusSkills.length > 0 ? `, vor allem mit ${list(m.focusSkills)}` : "";
}

export const de: Phrases = {
  lang: "de",
  list,
  why: (m) => [
    m.skills.length > 0
      ? `Mich reizt ${role(m)} ${at(m)}, weil sie Themen verbindet, mit denen ich täglich arbeite (${list(m.skills)}), und auf meinen ${m.years} Jahren Berufserfahrung aufbaut.`
      : `Mich reizt ${role(m)} ${at(m)}, weil sie auf meinen ${m.years} Jahren Berufserfahrung aufbaut.`,
    m.current ? `Derzeit arbeite ich als ${m.current.title} bei ${m.current.company}${jobSkills(m)}.` : "",
    `Diese Erfahrung möchte ich gerne ${at(m)} einbringen.`,
  ],
  whyThisRole: (m) =>
    m.skills.length > 0
      ? `Besonders reizt mich der Schwerpunkt auf ${list(m.skills)}, womit ich täglich arbeite.`
      : `Die Position baut direkt auf meinen ${m.years} Jahren Berufserfahrung auf.`,
  about: (m) => [
    m.current
      ? `Ich arbeite als ${m.current.title} und habe ${m.years} Jahre Berufserfahrung${mostly(m)}.`
      : `Ich habe ${m.years} Jahre Berufserfahrung${mostly(m)}.`,
  ],
  experience: (m, job: Job) => [
    job.end === null
      ? `Bei ${job.company} arbeite ich seit ${year(job.start)} als ${job.title}${jobSkills(m)}.`
      : `Bei ${job.company} habe ich von ${year(job.start)} bis ${year(job.end)} als ${job.title} gearbeitet${jobSkills(m)}.`,
    m.skills.length > 0 ? `Diese Erfahrung mit ${list(m.skills)} bringe ich in ${role(m)} ein.` : "",
  ],
  education: (m) =>
    m.education
      ? m.education.field
        ? `Studiert habe ich ${m.education.field} (${m.education.degree}, ${m.education.school}).`
        : `Mein Abschluss: ${m.education.degree}, ${m.education.school}.`
      : "",
  languages: (m) =>
    m.languages.length > 0
      ? `Ich spreche ${list(m.languages.map((l) => `${languageName(l.lang, "de")} (${l.level})`))}.`
      : "",
  hiringTeam: () => "Damen und Herren",
  someRole: "ausgeschriebene",
  someCompany: "Ihr Unternehmen",
  letter: {
    greeting: "Sehr geehrte Damen und Herren,",
    opening: (m) => `hiermit bewerbe ich mich auf ${role(m)} ${at(m)}.`,
    closing: (m) => `Über ein Gespräch, wie ich ${m.company ?? "Ihr Team"} unterstützen kann, freue ich mich.`,
    signoff: "Mit freundlichen Grüßen",
  },
};
