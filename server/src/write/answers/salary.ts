import type { FormField } from "@nyx/shared";
import { dictionaryFor } from "../dictionaries/index.ts";
import type { Recognition } from "../facts.ts";
import { fill, hasChoices, pickOption } from "../fill-value.ts";
import { normalise } from "../normalise.ts";
import { bestOption, matchOption } from "../option-match.ts";
import { countryCode, currencyOf } from "../places.ts";
import type { AnswerEnv, Outcome } from "../plan-types.ts";
import { currencyIn } from "../qualifiers.ts";
import { type Handlers, missing } from "./handler.ts";

/** Salary expectation: the profile's target in the currency and period the form asks for. */

/** The currency asked: named by the question or its options, else the job's pay, else the job's country's, else the profile's. */
export function askedCurrency(field: FormField, rec: Recognition, env: AnswerEnv, readOptions = true): string {
  const options = readOptions ? (field.options ?? []) : [];
  const fromOptions = options.map((o) => currencyIn(o.label)).find((c) => c !== undefined);
  const country = countryCode(env.posting.country);
  return (
    rec.currency ??
    fromOptions ??
    env.posting.salary?.currency ??
    (country ? currencyOf(country) : undefined) ??
    env.profile.salary.currency
  );
}

/** The target in a currency, per year: `salary` when it is that currency, else `salary_by_currency`. Never converted. */
export function targetIn(env: AnswerEnv, currency: string): number | undefined {
  const p = env.profile;
  if (p.salary.currency === currency) return p.salary.target;
  return p.salary_by_currency[currency]?.target;
}

/** Reads amounts in an option ("100,000 - 120,000", "150k+", "CHF 140'000–160'000"). */
function amounts(label: string): number[] {
  return [...normalise(label).matchAll(/(\d{1,3}(?:[',. ]\d{3})+|\d+)(\s*k\b)?/g)].map(
    (m) => Number((m[1] ?? "").replace(/[',. ]/g, "")) * (m[2] ? 1000 : 1),
  );
}

function rangeOption(field: FormField, amount: number): Outcome {
  const hit = bestOption(field.options, (label) => {
    const [lo, hi] = amounts(label);
    if (lo === undefined) return 0;
    const n = normalise(label);
    if (hi !== undefined) return amount >= lo && amount <= hi ? 0.85 : 0;
    if (/\+|more|over|above|mehr|uber|plus de/.test(n)) return amount >= lo ? 0.8 : 0;
    if (/less|under|below|weniger|unter|moins/.test(n)) return amount < lo ? 0.8 : 0;
    return amount === lo ? 0.9 : 0;
  });
  return hit ? pickOption(field, hit.option, hit.score) : missing("no_matching_option");
}

function expectation(field: FormField, rec: Recognition, env: AnswerEnv): Outcome {
  const currency = askedCurrency(field, rec, env);
  const yearly = targetIn(env, currency);
  if (yearly === undefined) return missing("salary_not_in_profile_for_currency");
  const period = rec.period ?? env.profile.salary.period;
  if (period === "hour" && env.profile.salary.period !== "hour") return missing("salary_period_not_in_profile");
  const amount = period === "month" && env.profile.salary.period === "year" ? Math.round(yearly / 12) : yearly;
  if (hasChoices(field)) return rangeOption(field, amount);
  if (field.type === "textarea") {
    const words = dictionaryFor(env.language).render;
    return fill(`${amount} ${currency} ${period === "month" ? words.perMonth : words.perYear}`, 0.9);
  }
  return fill(String(amount));
}

export const salaryHandlers: Handlers = {
  salary_expectation: expectation,
  salary_current: () => missing("current_salary_not_in_profile"),
  salary_currency: (f, r, env) => {
    const currency = askedCurrency(f, r, env, false);
    if (!hasChoices(f)) return fill(currency);
    const hit =
      matchOption(f.options, [currency]) ?? bestOption(f.options, (l) => (currencyIn(l) === currency ? 0.85 : 0));
    return hit ? pickOption(f, hit.option, hit.score) : missing("no_matching_option");
  },
};
