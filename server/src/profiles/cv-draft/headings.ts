import { fold } from "./text.ts";

export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "languages"
  | "certifications"
  | "contact"
  | "links"
  | "other";

export type CvLanguage = "en" | "de" | "fr";

/** Section headings of CVs in English, German and French (folded: lower case, no accents). */
const HEADINGS: ReadonlyArray<readonly [SectionKind, readonly CvLanguage[], readonly string[]]> = [
  ["summary", ["en"], ["summary", "professional summary", "profile", "professional profile", "about", "about me"]],
  ["summary", ["en"], ["objective", "career objective", "overview", "personal statement", "executive summary"]],
  ["summary", ["de", "fr"], ["profil"]],
  ["summary", ["de"], ["kurzprofil", "uber mich", "zusammenfassung", "berufsprofil", "personliches profil"]],
  ["summary", ["fr"], ["a propos", "a propos de moi", "profil professionnel", "presentation", "synthese"]],
  ["experience", ["en", "fr"], ["experience", "experiences"]],
  ["experience", ["en"], ["work experience", "professional experience", "employment", "employment history"]],
  ["experience", ["en"], ["work history", "career history", "career", "relevant experience", "work"]],
  ["experience", ["de"], ["berufserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang"]],
  ["experience", ["de"], ["berufspraxis", "praxiserfahrung", "beschaftigungsverlauf", "berufliche stationen"]],
  ["experience", ["fr"], ["experience professionnelle", "experiences professionnelles", "parcours professionnel"]],
  ["education", ["en"], ["education", "academic background", "education and training", "studies"]],
  ["education", ["en"], ["academic education", "qualifications", "academic qualifications"]],
  ["education", ["de"], ["ausbildung", "bildung", "bildungsweg", "schulbildung", "studium", "hochschulbildung"]],
  ["education", ["de"], ["akademischer werdegang", "aus- und weiterbildung", "schul- und berufsausbildung"]],
  ["education", ["fr"], ["formation", "formations", "etudes", "diplomes", "parcours academique"]],
  ["education", ["fr"], ["formation academique", "diplomes et formations", "formation et diplomes"]],
  ["skills", ["en"], ["skills", "technical skills", "core skills", "key skills", "hard skills", "it skills"]],
  ["skills", ["en"], ["skills and tools", "competencies", "core competencies", "tech stack", "expertise"]],
  ["skills", ["en", "fr"], ["technologies", "tools"]],
  ["skills", ["de"], ["kenntnisse", "fahigkeiten", "kompetenzen", "fachkenntnisse", "it-kenntnisse"]],
  [
    "skills",
    ["de"],
    ["edv-kenntnisse", "technische kenntnisse", "fachliche kompetenzen", "fahigkeiten und kenntnisse"],
  ],
  ["skills", ["fr"], ["competences", "competences techniques", "savoir-faire", "outils", "competences cles"]],
  ["skills", ["fr"], ["competences informatiques", "competences professionnelles"]],
  ["languages", ["en"], ["languages", "language skills", "spoken languages"]],
  ["languages", ["de"], ["sprachen", "sprachkenntnisse", "fremdsprachen"]],
  ["languages", ["fr"], ["langues", "competences linguistiques", "langues parlees"]],
  ["certifications", ["en", "fr"], ["certifications", "certification"]],
  ["certifications", ["en"], ["certificates", "licenses and certifications", "licences and certifications"]],
  ["certifications", ["de"], ["zertifikate", "zertifizierungen", "weiterbildung", "weiterbildungen"]],
  ["certifications", ["fr"], ["certificats", "certificat"]],
  ["contact", ["en", "fr"], ["contact"]],
  ["contact", ["en"], ["contact details", "contact information", "personal details", "personal information"]],
  ["contact", ["de"], ["kontakt", "kontaktdaten", "personliche daten", "personliche angaben", "angaben zur person"]],
  ["contact", ["fr"], ["coordonnees", "informations personnelles", "etat civil"]],
  ["links", ["en", "de"], ["links", "online profiles", "profiles", "social"]],
  ["links", ["fr"], ["liens"]],
  ["other", ["en"], ["projects", "selected projects", "publications", "interests", "hobbies", "references"]],
  ["other", ["en"], ["awards", "honors", "honours", "achievements", "volunteering", "volunteer experience"]],
  ["other", ["en"], ["activities", "additional information", "other", "miscellaneous"]],
  ["other", ["de"], ["projekte", "publikationen", "veroffentlichungen", "interessen", "hobbys", "referenzen"]],
  ["other", ["de"], ["auszeichnungen", "ehrenamt", "ehrenamtliches engagement", "sonstiges", "engagement"]],
  ["other", ["fr"], ["projets", "centres d'interet", "loisirs", "references", "distinctions", "benevolat", "divers"]],
];

const BY_PHRASE = new Map<string, { kind: SectionKind; languages: readonly CvLanguage[] }>();
for (const [kind, languages, phrases] of HEADINGS) {
  for (const phrase of phrases) if (!BY_PHRASE.has(phrase)) BY_PHRASE.set(phrase, { kind, languages });
}

export interface HeadingMatch {
  kind: SectionKind;
  languages: readonly CvLanguage[];
}

/** The heading's words as they are compared: folded, "&" as "and", no trailing colon or numbering. */
export function headingKey(text: string): string {
  let key = fold(text)
    .replace(/[’`]/g, "'")
    .replace(/^(\p{L} ){3,}\p{L}$/u, (spaced) => spaced.replace(/ /g, "")) // "E X P E R I E N C E"
    .replace(/^\s*(\d+\.|[ivx]+\.)\s+/, "")
    .replace(/[\s:]+$/, "")
    .replace(/\s*&\s*/g, " and ")
    .replace(/\s+/g, " ")
    .trim();
  key = key.replace(/ (und|et) /g, " and ");
  return key;
}

/** The section a heading names: the whole heading, or (`loose`) its first part ("Work Experience and Internships"). */
export function matchHeading(text: string, loose: boolean): HeadingMatch | undefined {
  const key = headingKey(text);
  const exact =
    BY_PHRASE.get(key) ?? BY_PHRASE.get(key.replace(/ and /g, " und ")) ?? BY_PHRASE.get(key.replace(/ and /g, " et "));
  if (exact || !loose) return exact;
  const first = key.split(/ (?:and|\/|\||-|–) | \(/)[0] ?? "";
  return BY_PHRASE.get(first.trim());
}
