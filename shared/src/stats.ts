import { z } from "zod";
import { CalendarDay as day, queryParam as param } from "./tracker.ts";

/** `GET /api/stats` (PRODUCT.md §8 Stats) and `GET /api/follow-ups`. */

const MAX_DAYS = 366;

/** Days in the person's time zone (users.timezone); default: the 30 days up to today. */
export const StatsQuery = z
  .strictObject({
    from: param(day),
    to: param(day),
    /** How many companies `rates.byCompany` lists (most submitted first). */
    top: param(z.coerce.number().int().min(1).max(100)),
  })
  .superRefine((q, ctx) => {
    if (!q.from || !q.to) return;
    if (q.from > q.to) ctx.addIssue({ code: "custom", path: ["from"], message: "from is after to" });
    else if ((Date.parse(q.to) - Date.parse(q.from)) / 86_400_000 >= MAX_DAYS)
      ctx.addIssue({ code: "custom", path: ["from"], message: `at most ${MAX_DAYS} days at once` });
  });
export type StatsQuery = z.infer<typeof StatsQuery>;
export const STATS_MAX_DAYS = MAX_DAYS;

/**
 * Rates over the applications *submitted* in the range; a rate is null when nothing was submitted.
 * response: any outcome but withdrawn; interview: an interview or offer outcome, or an interviews
 * row; offer: an offer outcome, or an interview outcome with an offer extended.
 */
export const Rates = z.object({
  submitted: z.number(),
  responses: z.number(),
  interviews: z.number(),
  offers: z.number(),
  responseRate: z.number().nullable(),
  interviewRate: z.number().nullable(),
  offerRate: z.number().nullable(),
});
export type Rates = z.infer<typeof Rates>;

const count = z.number().int().nonnegative();

export const Stats = z.object({
  from: z.string(),
  to: z.string(),
  timezone: z.string(),
  /** Applications created in the range; `unscored`: those without a match score (not in the histogram). */
  totals: z.object({ applications: count, submitted: count, unscored: count, costUsd: z.number() }),
  /** Every day of the range, empty days included: created, submitted (that day) and model cost. */
  perDay: z.array(z.object({ date: z.string(), applications: count, submitted: count, cost: z.number() })),
  /** Applications created in the range by their status. */
  byStatus: z.array(z.object({ status: z.string(), count })),
  byEffort: z.array(z.object({ effort: z.string(), applications: count, submitted: count })),
  /** Ten buckets of 0.1 over match scores 0–1 (a score of 1 falls in the last one). */
  scoreHistogram: z.array(z.object({ from: z.number(), to: z.number(), count })),
  rates: z.object({
    overall: Rates,
    byCompany: z.array(Rates.extend({ companyId: z.uuid().nullable(), company: z.string().nullable() })),
    byEffort: z.object({ low: Rates, medium: Rates, high: Rates }),
  }),
  /** Model usage of the person's applications and sessions, by day. */
  costPerDay: z.array(
    z.object({ date: z.string(), costUsd: z.number(), tokensInput: count, tokensOutput: count, calls: count }),
  ),
});
export type Stats = z.infer<typeof Stats>;

export const FollowUpQuery = z.strictObject({
  /** Days without a response (default: the followUpDays setting). */
  days: param(z.coerce.number().int().min(1).max(365)),
});

/** A submitted application with no response after N days, not reminded yet. */
export const FollowUp = z.object({
  applicationId: z.uuid(),
  jobTitle: z.string(),
  company: z.string().nullable(),
  url: z.string(),
  submittedAt: z.string(),
  daysWaiting: z.number().int(),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const FollowUpList = z.object({ days: z.number().int(), asOf: z.string(), items: z.array(FollowUp) });
export type FollowUpList = z.infer<typeof FollowUpList>;
