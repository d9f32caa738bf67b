import { z } from "zod";
import { ScoreBreakdown } from "./hunt.ts";
import { EffortLevel } from "./settings.ts";

export const CompanyTier = z.enum(["top", "normal", "avoid"]);
export type CompanyTier = z.infer<typeof CompanyTier>;

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
  /** The company's tier (the person's settings first, then the company record); "normal" when unknown. */
  companyTier: CompanyTier,
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

/** `POST /api/applications/:id/effort`: the person sets how much effort an application not yet started gets. */
export const EffortChange = z.strictObject({ effort: EffortLevel });
export type EffortChange = z.infer<typeof EffortChange>;

export const EffortChangeResult = z.object({
  applicationId: z.uuid(),
  effort: EffortLevel,
  /** The level before the change. */
  previous: EffortLevel,
});
export type EffortChangeResult = z.infer<typeof EffortChangeResult>;
