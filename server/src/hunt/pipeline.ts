import { type Db, schema } from "@nyx/db";
import {
  AppError,
  type EffortLevel,
  type ExtractedPosting,
  HuntResult,
  type PostingSnapshot,
  type ScoreBreakdown,
} from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import type { Logger } from "pino";
import { recordInitialStatus } from "../applications/status.ts";
import { extractPosting } from "../extract/index.ts";
import { canonicalJobUrl, domainOf } from "../ingest/canonical-url.ts";
import { storeJobs } from "../ingest/store-jobs.ts";
import type { Llm } from "../llm/index.ts";
import { combinedScore } from "../match/combine.ts";
import { decide } from "../match/decide.ts";
import { planEffort } from "../match/effort.ts";
import { structuredScore } from "../match/structured.ts";
import { requireOwner } from "../owner.ts";
import { loadSettings } from "../settings/store.ts";
import { companyTier, domainAvoided } from "./company-policy.ts";
import { enrichJob } from "./enrich-job.ts";
import { chooseResume, ownerProfiles } from "./owner-profiles.ts";
import { semanticSimilarity } from "./semantic.ts";

export interface HuntDeps {
  db: Db;
  llm: Llm;
  logger: Logger;
  dataDir: string;
}

const STATUS = { apply: "queued", review: "paused", skip: "skipped" } as const;

/**
 * "Hunt this job": read the posting, record it once, score it against the best-fitting profile,
 * decide, plan the effort, and record the application with its reasons. A job hunted again returns
 * the recorded decision.
 */
export async function hunt(deps: HuntDeps, snapshot: PostingSnapshot, options: { effort?: EffortLevel } = {}) {
  const owner = requireOwner(deps.dataDir);
  const url = canonicalJobUrl(snapshot.url);
  const posting = extractPosting(snapshot);
  const [stored] = await storeJobs(deps.db, [{ url, platform: posting.platform, posting, html: snapshot.html }]);
  if (!stored) throw new AppError("internal", "the job was not stored");
  if (stored.duplicate) await enrichJob(deps.db, stored.id, posting);

  const [existing] = await deps.db
    .select({ id: schema.applications.id, status: schema.applications.applicationStatus })
    .from(schema.applications)
    .where(and(eq(schema.applications.userId, owner.userId), eq(schema.applications.jobPostId, stored.id)));
  const recorded = existing && (await recordedResult(deps.db, existing.id, existing.status ?? "queued"));
  if (recorded) return recorded;

  const settings = await loadSettings(deps.db);
  const profiles = await ownerProfiles(deps.db, owner.userId);
  const scored = profiles
    .map((p) => ({ stored: p, breakdown: structuredScore(posting, p.profile) }))
    .sort((a, b) => b.breakdown.structured - a.breakdown.structured);
  const best = scored[0];
  if (!best) throw new AppError("conflict", "no profile to match against");
  const semantic = await semanticSimilarity(deps.llm, deps.logger, posting, best.stored.profile);
  const score = combinedScore(best.breakdown.structured, semantic?.cosine, settings);
  const breakdown: ScoreBreakdown = {
    ...best.breakdown,
    ...(semantic ? { semantic: round(semantic.cosine), semanticSource: semantic.source } : {}),
    reasons: [
      ...best.breakdown.reasons,
      semantic ? `semantic ${Math.round(semantic.cosine * 100)} %` : "semantic part unavailable",
    ],
  };

  const [company] = posting.company
    ? await deps.db.select().from(schema.companies).where(eq(schema.companies.name, posting.company)).limit(1)
    : [];
  const tier = companyTier(settings, posting.company, company?.tier);
  const domain = domainOf(posting.applyUrl ?? url);
  const decision = decide({ score, companyTier: tier, domainAvoided: await domainAvoided(deps.db, domain) }, settings);
  const effort = planEffort(
    { score, companyTier: tier, country: posting.country, quickApply: posting.quickApply, override: options.effort },
    settings,
  );
  const resume = chooseResume(best.stored.resumes, posting.language);
  const status = STATUS[decision.decision];

  const job = { id: stored.id, url, title: posting.title, company: posting.company };
  const profile = { id: best.stored.id, name: best.stored.name };
  if (existing) {
    // Queued by its address before it was hunted: scored now, the person's choice to apply stands.
    const value = huntResult(existing.id, existing.status ?? "queued", true);
    await deps.db.transaction(async (tx) => {
      await tx
        .update(schema.applications)
        .set({ matchScore: score.toFixed(3) })
        .where(eq(schema.applications.id, existing.id));
      await tx
        .insert(schema.applicationEvents)
        .values({ applicationId: existing.id, eventType: "match_scored", eventDetail: value.label, payload: value });
    });
    return value;
  }

  function huntResult(id: string, current: string, duplicate: boolean): HuntResult {
    return {
      job,
      duplicate,
      application: { id, status: current },
      profile,
      score,
      breakdown,
      decision: decision.decision,
      reason: decision.reason,
      effort: { level: effort.level, source: effort.source, reason: effort.reason },
      label: label(decision.decision, score, decision.reason),
    };
  }

  const result = await deps.db.transaction(async (tx) => {
    const [application] = await tx
      .insert(schema.applications)
      .values({
        userId: owner.userId,
        jobPostId: stored.id,
        profileId: best.stored.id,
        effortLevel: effort.level,
        effortHintSource: effort.source,
        matchScore: score.toFixed(3),
        selectedResumeId: resume?.resumeId ?? null,
        selectedResumeVersionId: resume?.versionId ?? null,
        applicationStatus: status,
        failureReasonCode: decision.decision === "review" ? "awaiting_review" : (decision.code ?? null),
        failureReasonDetail: decision.decision === "apply" ? null : decision.reason,
        manualFollowupNeeded: decision.decision === "review",
        domainName: domain,
      })
      .returning({ id: schema.applications.id });
    if (!application) throw new AppError("internal", "the application was not recorded");
    await recordInitialStatus(tx, application.id, status, decision.reason);
    const value = huntResult(application.id, status, stored.duplicate);
    await tx.insert(schema.applicationEvents).values({
      applicationId: application.id,
      eventType: "match_scored",
      eventDetail: value.label,
      payload: value,
    });
    return value;
  });
  deps.logger.info({ applicationId: result.application.id, decision: result.decision, effort: effort.level }, "hunted");
  return result;
}

/** A job hunted before: the recorded decision, with the application's current status. */
async function recordedResult(db: Db, applicationId: string, status: string): Promise<HuntResult | undefined> {
  const [event] = await db
    .select({ payload: schema.applicationEvents.payload })
    .from(schema.applicationEvents)
    .where(
      and(
        eq(schema.applicationEvents.applicationId, applicationId),
        eq(schema.applicationEvents.eventType, "match_scored"),
      ),
    );
  if (!event) return undefined;
  const recorded = HuntResult.safeParse(event.payload);
  if (!recorded.success) throw new AppError("internal", `application ${applicationId} has no readable match record`);
  return { ...recorded.data, duplicate: true, application: { id: applicationId, status } };
}

function label(decision: "apply" | "review" | "skip", score: number, reason: string): string {
  if (decision === "apply") return "Applying";
  if (decision === "review") return `In review queue: ${Math.round(score * 100)} %`;
  return `Skipped: ${reason}`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export type { ExtractedPosting };
