import type { FormField } from "@nyx/shared";
import { DICTIONARIES } from "./dictionaries/index.ts";
import type { Recognition } from "./facts.ts";
import { nameWords, normalise } from "./normalise.ts";
import { datePartOf, periodOf } from "./option-meaning.ts";
import { countriesIn, languagesIn } from "./places.ts";

/** The details a recognised fact needs: which country, language, skill, currency, date part. */

const CURRENCIES: readonly [string, RegExp][] = [
  ["CHF", /\bchf\b|\bfranken\b|\bfrancs? suisses?\b|\bsfr\b/],
  ["EUR", /\beur\b|€|\beuros?\b/],
  ["GBP", /\bgbp\b|£|\bpounds?( sterling)?\b/],
  ["USD", /\busd\b|us\$|\bus dollars?\b/],
  ["SEK", /\bsek\b/],
  ["NOK", /\bnok\b/],
  ["DKK", /\bdkk\b/],
  ["PLN", /\bpln\b|\bzloty\b/],
  ["CZK", /\bczk\b/],
  ["CAD", /\bcad\b|c\$/],
  ["AUD", /\baud\b|a\$/],
  ["USD", /\$|\bdollars?\b/],
];

export function currencyIn(text: string): string | undefined {
  const n = normalise(text);
  return CURRENCIES.find(([, re]) => re.test(n))?.[0];
}

/** The skill a per-skill question names, as the form writes it ("Rust"). */
export function skillIn(label: string): string | undefined {
  const n = normalise(label);
  for (const d of DICTIONARIES) {
    for (const re of d.options.skillQuestion) {
      const captured = re.exec(n)?.[1]?.trim();
      if (captured === undefined || captured.length === 0 || captured.length > 40) continue;
      if (d.options.notASkill.test(captured)) return undefined;
      const at = label.toLowerCase().indexOf(captured);
      return at >= 0 ? label.slice(at, at + captured.length) : captured;
    }
  }
  return undefined;
}

/** Adds the details `rec.fact` needs, read from the field's words. */
export function qualify(field: FormField, rec: Recognition): Recognition {
  const question = [field.label, field.hint ?? ""].join(" ");
  switch (rec.fact) {
    case "work_authorization":
    case "needs_sponsorship":
    case "willing_to_relocate": {
      const [country] = countriesIn(question);
      return country === undefined ? rec : { ...rec, country };
    }
    case "language_level":
    case "languages": {
      const [language] = languagesIn(field.label);
      return language === undefined ? rec : { ...rec, language };
    }
    case "years_experience":
    case "skill_experience":
    case "skill_years": {
      const skill = skillIn(field.label);
      return skill === undefined ? rec : { ...rec, skill };
    }
    case "salary_expectation":
    case "salary_current": {
      const words = [question, field.placeholder ?? ""].join(" ");
      const currency = currencyIn(words);
      const period = periodOf(words);
      return { ...rec, ...(currency ? { currency } : {}), ...(period ? { period } : {}) };
    }
    case "earliest_start":
    case "education_start":
    case "education_end":
    case "experience_start":
    case "experience_end": {
      const datePart =
        datePartOf(field.label) ?? datePartOf(field.placeholder ?? "") ?? datePartOf(nameWords(field.name ?? ""));
      return datePart === undefined ? rec : { ...rec, datePart };
    }
    default:
      return rec;
  }
}
