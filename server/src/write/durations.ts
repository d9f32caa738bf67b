import { DICTIONARIES } from "./dictionaries/index.ts";
import type { DurationUnit } from "./dictionaries/types.ts";
import { normalise } from "./normalise.ts";

/** A span in weeks, as an option states it: "2 months" [8.7, 8.7], "1–2 years", "less than 1 month", "5+". */
export interface Duration {
  min: number;
  max: number;
  /** The number and unit as written, when the option names one amount ("2 Monate"). */
  amount?: { n: number; unit: DurationUnit };
}

export const WEEKS_PER: Readonly<Record<DurationUnit, number>> = { day: 1 / 7, week: 1, month: 52 / 12, year: 52 };

export function unitOf(text: string): DurationUnit | undefined {
  const n = normalise(text);
  const order: DurationUnit[] = ["week", "month", "year", "day"];
  for (const u of order) if (DICTIONARIES.some((d) => d.options.units[u].test(n))) return u;
  return undefined;
}

/** Reads a duration in any known language; `defaultUnit` for bare numbers ("3-4" under "years of experience"). */
export function parseDuration(text: string, defaultUnit?: DurationUnit): Duration | undefined {
  const n = normalise(text);
  if (DICTIONARIES.some((d) => d.options.zeroDuration.test(n))) return { min: 0, max: 0 };
  const numbers = [...n.matchAll(/\d+(?:[.,]\d+)?/g)].map((m) => Number(m[0].replace(",", ".")));
  const unit = unitOf(n) ?? defaultUnit;
  const [first, second] = numbers;
  if (first === undefined || unit === undefined) return undefined;
  const w = WEEKS_PER[unit];
  if (second !== undefined && /\d\s*(-|to|bis|a)\s*\d/.test(n)) return { min: first * w, max: second * w };
  const less = DICTIONARIES.some((d) => d.options.lessThan.test(n));
  const more = DICTIONARIES.some((d) => d.options.moreThan.test(n));
  if (less) return { min: 0, max: first * w - 1e-6 };
  if (more)
    return {
      min: first * w + (/\+|or more|oder mehr|ou plus|at least|mindestens|au moins/.test(n) ? 0 : 1e-6),
      max: Infinity,
    };
  return { min: first * w, max: first * w, amount: { n: first, unit } };
}

/** Whether a duration option holds an amount given in `weeks` (and, when known, as "n unit"). */
export function durationHolds(d: Duration, weeks: number, amount?: { n: number; unit: DurationUnit }): boolean {
  if (d.amount && amount && d.amount.unit === amount.unit) return d.amount.n === amount.n;
  if (d.amount) return Math.abs(d.min - weeks) < 0.75;
  return weeks >= d.min - 1e-9 && weeks <= d.max + 1e-9;
}
