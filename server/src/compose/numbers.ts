/**
 * Numbers stated in running text, as values: "150,000", "150'000", "150.000" and "150k" are 150000;
 * "40%" is 40; "2.5" is 2.5; digits glued to letters before them ("C1", "S3") are part of a name, not
 * numbers. Small numbers written as words ("nine years", "fünf Jahre", "dix ans") count too; "one",
 * "ein" and "un" do not, being articles and pronouns as often as numbers.
 */
import { NUMBER_WORDS } from "../text/number-words.ts";

const DIGITS =
  /(?<![\p{L}\p{N}.,'’])(\d{1,3}(?:[,'’\u00A0\u202F]\d{3})+|\d{1,3}(?:\.\d{3})+(?![.,]?\d)|\d+)(?:[.,](\d+))?(\s?[kK]\b)?/gu;

const WORD_PATTERN = new RegExp(String.raw`(?<![\p{L}])(${Object.keys(NUMBER_WORDS).join("|")})(?![\p{L}])`, "giu");

export function numbersIn(text: string): number[] {
  const found: number[] = [];
  for (const m of text.matchAll(DIGITS)) {
    const whole = Number((m[1] ?? "").replace(/[,'’.\u00A0\u202F]/g, ""));
    const fraction = m[2] ? Number(`0.${m[2]}`) : 0;
    const value = (whole + fraction) * (m[3] ? 1000 : 1);
    if (Number.isFinite(value)) found.push(value);
  }
  for (const m of text.matchAll(WORD_PATTERN)) {
    const value = NUMBER_WORDS[(m[1] ?? "").toLowerCase()];
    if (value !== undefined) found.push(value);
  }
  return found;
}

/** Numbers of a fact text, where a date ("2021-03", "2027-02-01") gives only its year. */
export function factNumbersIn(text: string): number[] {
  return numbersIn(text.replace(/\b(\d{4})-\d{2}(?:-\d{2})?\b/g, "$1"));
}
