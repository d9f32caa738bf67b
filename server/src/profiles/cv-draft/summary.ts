import type { CvLine } from "./cv-lines.ts";
import type { DraftNotes } from "./notes.ts";
import { collapse, fold, splitOutsideParens } from "./text.ts";

/** "9 years of experience", "über 10 Jahre Berufserfahrung", "8 ans d'expérience", "5+ years of professional experience". */
const YEARS =
  /(\d{1,2})\s*(\+)?\s*(?:years?|yrs?|jahren?|ans|annees)\s+(?:of\s+|d'|de\s+)?(?:[\p{L}-]+\s+)?(?:experience|erfahrung|berufserfahrung|praxis)/iu;

/** The summary section's text, as one paragraph. */
export function readSummary(lines: readonly CvLine[]): string | undefined {
  const text = collapse(lines.map((l) => l.text).join(" "));
  return text === "" ? undefined : text;
}

/** Years of experience, only where the summary or the header states them. */
export function readYearsOfExperience(text: string, notes: DraftNotes): number | undefined {
  const m = YEARS.exec(fold(text).replace(/[’`]/g, "'"));
  if (!m?.[1]) return undefined;
  if (m[2]) notes.warn("years_experience", `the CV says "${m[1]}+ years"; ${m[1]} is the least it could mean`);
  return Number(m[1]);
}

/**
 * Certifications: one per line or list item, split on commas only in a one-line list
 * ("Certifications: CKA, PSM I"); a trailing year is left out.
 */
export function readCertifications(lines: readonly CvLine[], inline: boolean): string[] {
  return lines
    .flatMap((l) => splitOutsideParens(l.text, inline ? /[;,]/ : /;/))
    .map((c) => collapse(c.replace(/[\s,(–—-]*(?:(?:19|20)\d{2}|\d{2}\/(?:19|20)\d{2})\)?\s*$/, "")))
    .filter((c) => c.length > 0 && c.length <= 120);
}
