import { z } from "zod";
import { ScoreBreakdown } from "./hunt.ts";
import { EffortLevel } from "./settings.ts";

/**
 * The review queue (PRODUCT.md §1.7): applications whose match fell between the thresholds
 * (20–50 % by default) wait, paused with failure_reason_code `awaiting_review`, for the person.
 */
export const ReviewItem = z.object({
  applicationId: z.uuid(),
  job: z.object({ id: z.uuid(), title: z.string(), company: z.string().nullable(), url: z.string() }),
  score: z.number(),
  /** The breakdown recorded when the job was hunted; null for an application without a match record. */
  breakdown: ScoreBreakdown.nullable(),
  /** Why it waits ("match 34 %: for the person to review"). */
  reason: z.string().nullable(),
  effort: z.object({ level: EffortLevel, reason: z.string().nullable() }),
  createdAt: z.string(),
});
export type ReviewItem = z.infer<typeof ReviewItem>;

export const ReviewQueue = z.object({ items: z.array(ReviewItem) });
export type ReviewQueue = z.infer<typeof ReviewQueue>;

export const ReviewAction = z.enum(["approve", "reject"]);
export type ReviewAction = z.infer<typeof ReviewAction>;

/** Approve (apply to it) or reject (skip it) one or many waiting applications, all or none. */
export const ReviewDecision = z.strictObject({
  ids: z
    .array(z.uuid())
    .min(1, "name at least one application")
    .max(500, "at most 500 applications at once")
    .refine((ids) => new Set(ids).size === ids.length, "each application once"),
  action: ReviewAction,
});
export type ReviewDecision = z.infer<typeof ReviewDecision>;

export const ReviewDecisionResult = z.object({
  action: ReviewAction,
  applications: z.array(z.object({ id: z.uuid(), status: z.enum(["queued", "skipped"]) })),
});
export type ReviewDecisionResult = z.infer<typeof ReviewDecisionResult>;
