import type { FormField } from "@nyx/shared";
import { formatDate, parseProfileDate } from "../dates.ts";
import { dictionaryFor } from "../dictionaries/index.ts";
import type { WorkMode } from "../dictionaries/types.ts";
import { durationHolds, parseDuration, unitOf, WEEKS_PER } from "../durations.ts";
import { fill, hasChoices, pickOption } from "../fill-value.ts";
import { bestOption } from "../option-match.ts";
import { workModeOf } from "../option-meaning.ts";
import type { AnswerEnv, Outcome } from "../plan-types.ts";
import { type Handlers, missing } from "./handler.ts";

/** Notice period, earliest start and the preferred way of working. */

function noticePeriod(field: FormField, env: AnswerEnv): Outcome {
  const { weeks, text } = env.profile.notice_period;
  const amount = text ? parseDuration(text)?.amount : undefined;
  if (hasChoices(field)) {
    const hit = bestOption(field.options, (label) => {
      const d = parseDuration(label);
      if (!d || !durationHolds(d, weeks, amount)) return 0;
      return d.amount ? 0.9 : 0.75;
    });
    return hit ? pickOption(field, hit.option, hit.score) : missing("no_matching_option");
  }
  const asked = unitOf([field.label, field.placeholder ?? "", field.hint ?? ""].join(" "));
  if (field.type === "number" || asked !== undefined) {
    const unit = asked ?? "week";
    if (amount && amount.unit === unit) return fill(String(amount.n));
    const n = weeks / WEEKS_PER[unit];
    return Number.isInteger(n) ? fill(String(n)) : fill(String(Math.round(n)), 0.7);
  }
  const words = dictionaryFor(env.language).render;
  const [n, unit] = amount ? [amount.n, amount.unit] : [weeks, "week" as const];
  const [one, many] = words.units[unit];
  return fill(`${n} ${n === 1 ? one : many}`);
}

function workMode(field: FormField, env: AnswerEnv): Outcome {
  const wanted: WorkMode = env.profile.remote_preference;
  if (!hasChoices(field)) return fill(dictionaryFor(env.language).render.workModes[wanted]);
  const hit = bestOption(field.options, (label) => {
    const mode = workModeOf(label);
    if (mode === wanted) return 0.9;
    return wanted === "any" && mode === "hybrid" ? 0.6 : 0;
  });
  return hit ? pickOption(field, hit.option, hit.score) : missing("no_matching_option");
}

export const availabilityHandlers: Handlers = {
  notice_period: (f, _r, env) => noticePeriod(f, env),
  earliest_start: (f, r, env) => {
    const d = env.profile.earliest_start ? parseProfileDate(env.profile.earliest_start) : undefined;
    return d ? fill(formatDate(f, d, r.datePart, env.language)) : missing("not_in_profile");
  },
  remote_preference: (f, _r, env) => workMode(f, env),
};
