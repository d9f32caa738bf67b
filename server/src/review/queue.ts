import { type Db, schema } from "@nyx/db";
import { EffortLevel, HuntResult, type ReviewItem } from "@nyx/shared";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { companyTier } from "../hunt/company-policy.ts";
import { loadSettings } from "../settings/store.ts";

/** How the pipeline records a 20–50 % match: paused, waiting for the person's decision. */
export const AWAITING_REVIEW = { status: "paused", failureCode: "awaiting_review" } as const;

export const waitingForReview = and(
  eq(schema.applications.applicationStatus, AWAITING_REVIEW.status),
  eq(schema.applications.failureReasonCode, AWAITING_REVIEW.failureCode),
);

/**
 * The review queue, best match first: each job with its score, the breakdown and reasons recorded
 * when it was hunted (the `match_scored` event), the planned effort (the person's choice, when they
 * made one) and the company's tier.
 */
export async function listReviewQueue(db: Db, userId: string): Promise<ReviewItem[]> {
  const a = schema.applications;
  const rows = await db
    .select({
      id: a.id,
      score: a.matchScore,
      reason: a.failureReasonDetail,
      effort: a.effortLevel,
      effortSource: a.effortHintSource,
      createdAt: a.createdAt,
      jobId: schema.jobPosts.id,
      title: schema.jobPosts.jobTitle,
      url: schema.jobPosts.sourceUrl,
      company: schema.companies.name,
      tier: schema.companies.tier,
    })
    .from(a)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(and(eq(a.userId, userId), waitingForReview))
    .orderBy(desc(a.matchScore), asc(a.createdAt));
  if (rows.length === 0) return [];
  const events = await db
    .select({ applicationId: schema.applicationEvents.applicationId, payload: schema.applicationEvents.payload })
    .from(schema.applicationEvents)
    .where(
      and(
        inArray(
          schema.applicationEvents.applicationId,
          rows.map((r) => r.id),
        ),
        eq(schema.applicationEvents.eventType, "match_scored"),
      ),
    );
  const settings = await loadSettings(db);
  const scored = new Map<string, HuntResult>();
  for (const e of events) {
    const parsed = HuntResult.safeParse(e.payload);
    if (parsed.success && e.applicationId) scored.set(e.applicationId, parsed.data);
  }
  return rows.map((r) => {
    const match = scored.get(r.id);
    const level = EffortLevel.safeParse(r.effort);
    const company = r.company ?? match?.job.company ?? null;
    const effortReason = r.effortSource === "user" ? "chosen by you" : (match?.effort.reason ?? null);
    return {
      applicationId: r.id,
      job: { id: r.jobId, title: r.title, company, url: r.url },
      score: r.score === null ? (match?.score ?? 0) : Number(r.score),
      breakdown: match?.breakdown ?? null,
      reason: r.reason ?? match?.reason ?? null,
      effort: { level: level.success ? level.data : "medium", reason: effortReason },
      companyTier: companyTier(settings, company, r.tier),
      createdAt: (r.createdAt ?? new Date()).toISOString(),
    };
  });
}
