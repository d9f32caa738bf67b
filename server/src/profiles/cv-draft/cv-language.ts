import type { CvLanguage } from "./headings.ts";
import { fold } from "./text.ts";

const STOPWORDS: Record<CvLanguage, readonly string[]> = {
  en: ["the", "and", "with", "for", "of", "in", "to"],
  de: ["und", "der", "die", "das", "mit", "fur", "von", "im"],
  fr: ["et", "le", "la", "les", "des", "avec", "pour", "du"],
};

/**
 * The language the CV is written in (for its `resumes` entry): by its section headings, and by
 * common words when the headings do not decide. Undefined when neither does.
 */
export function readCvLanguage(headings: Record<CvLanguage, number>, text: string): CvLanguage | undefined {
  const byHeadings = winner(headings);
  if (byHeadings) return byHeadings;
  const counts: Record<CvLanguage, number> = { en: 0, de: 0, fr: 0 };
  for (const word of fold(text).split(/[^\p{L}]+/u)) {
    for (const language of ["en", "de", "fr"] as const) if (STOPWORDS[language].includes(word)) counts[language]++;
  }
  return winner(counts);
}

function winner(counts: Record<CvLanguage, number>): CvLanguage | undefined {
  const ranked = (Object.entries(counts) as Array<[CvLanguage, number]>).sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first || first[1] === 0 || (second && second[1] === first[1])) return undefined;
  return first[0];
}
