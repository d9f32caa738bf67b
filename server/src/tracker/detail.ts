import { basename } from "node:path";
import { type Db, schema } from "@nyx/db";
import { AppError, type ApplicationDetail, ResponseOutcome } from "@nyx/shared";
import { and, asc, eq, sql } from "drizzle-orm";
import { applicationRows } from "../applications/records.ts";
import { applicationCorrections, questionsWithOriginals } from "./detail-corrections.ts";
import { interviewsOf } from "./interviews.ts";
import { isOutcome } from "./outcomes.ts";
import { isoText } from "./sql-parts.ts";

const a = schema.applications;
const iso = (d: Date | null) => d?.toISOString() ?? null;

/**
 * One application as History shows it: the posting, every question with its answer and where the
 * answer came from, the cover letter, the CV, events, the status timeline with the responses,
 * steps, model usage and cost, interviews, and every correction with its original value.
 */
export async function applicationDetail(db: Db, userId: string, id: string): Promise<ApplicationDetail> {
  const [row] = await applicationRows(db, and(eq(a.id, id), eq(a.userId, userId)), 1);
  if (!row) throw new AppError("not_found", `no application ${id}`);
  const { app, job, resume, version } = row;

  const questions = await db
    .select()
    .from(schema.applicationQuestions)
    .where(eq(schema.applicationQuestions.applicationId, id))
    .orderBy(asc(schema.applicationQuestions.stepIndex), asc(schema.applicationQuestions.createdAt));
  const interviews = await interviewsOf(db, [id]);
  const corrections = await applicationCorrections(db, {
    applicationId: id,
    jobPostId: job.id,
    questions,
    interviews,
  });
  const timeline = await timelineOf(db, id);
  const latest = timeline.filter((t) => t.kind === "outcome").at(-1);
  const outcome = ResponseOutcome.safeParse(latest?.newStatus);
  return {
    id: app.id,
    status: app.applicationStatus ?? "queued",
    outcome: outcome.success && latest ? { outcome: outcome.data, at: latest.at } : null,
    effort: app.effortLevel,
    score: app.matchScore === null ? null : Number(app.matchScore),
    createdAt: iso(app.createdAt) ?? "",
    startedAt: iso(app.applicationStartedAt),
    submittedAt: iso(app.applicationSubmittedAt),
    durationSeconds: app.durationSeconds,
    failure:
      app.failureReasonCode || app.failureReasonDetail
        ? { code: app.failureReasonCode, detail: app.failureReasonDetail }
        : null,
    domain: app.domainName,
    posting: {
      jobId: job.id,
      title: job.jobTitle,
      company: row.company?.name ?? null,
      location: job.rawLocation ?? ([job.locationCity, job.locationCountry].filter(Boolean).join(", ") || null),
      city: job.locationCity,
      country: job.locationCountry,
      remote: job.isRemoteAllowed,
      url: job.sourceUrl,
      description: job.descriptionClean ?? job.descriptionRaw,
      postedAt: iso(job.postingDatetime),
      source: row.source,
    },
    questions: questionsWithOriginals(questions, corrections),
    coverLetter: app.coverLetterText ? { text: app.coverLetterText, generatedBy: app.coverLetterGeneratedBy } : null,
    cv: resume
      ? {
          resumeId: resume.id,
          key: resume.resumeKey,
          name: resume.displayName,
          versionId: version?.id ?? null,
          version: version?.versionNumber ?? null,
          fileName: version ? basename(version.filePath) : null,
        }
      : null,
    events: await eventsOf(db, id),
    timeline,
    steps: await stepsOf(db, id),
    usage: await usageOf(db, id),
    interviews,
    corrections,
  };
}

async function eventsOf(db: Db, id: string) {
  const e = schema.applicationEvents;
  const rows = await db.select().from(e).where(eq(e.applicationId, id)).orderBy(asc(e.createdAt), asc(e.id));
  return rows.map((r) => ({
    id: r.id,
    type: r.eventType,
    detail: r.eventDetail,
    payload: (r.payload ?? null) as ApplicationDetail["events"][number]["payload"],
    at: iso(r.createdAt) ?? "",
  }));
}

async function timelineOf(db: Db, id: string) {
  const h = schema.applicationStatusHistory;
  const rows = await db.select().from(h).where(eq(h.applicationId, id)).orderBy(asc(h.changedAt), asc(h.id));
  return rows.map((r) => ({
    id: r.id,
    at: iso(r.changedAt) ?? "",
    oldStatus: r.oldStatus,
    newStatus: r.newStatus,
    kind: isOutcome(r.newStatus) ? ("outcome" as const) : ("status" as const),
    reason: r.reason,
    actor: r.actor,
  }));
}

async function stepsOf(db: Db, id: string): Promise<ApplicationDetail["steps"]> {
  const s = schema.applicationSteps;
  const rows = await db
    .select({
      action: s.actionType,
      n: sql<number>`count(*)::int`,
      failed: sql<number>`(count(*) filter (where ${s.success} = false))::int`,
      first: isoText(sql`min(${s.timestampStart})`),
      last: isoText(sql`max(coalesce(${s.timestampEnd}, ${s.timestampStart}))`),
    })
    .from(s)
    .where(eq(s.applicationId, id))
    .groupBy(s.actionType);
  const firsts = rows.flatMap((r) => (r.first ? [r.first] : [])).sort();
  const lasts = rows.flatMap((r) => (r.last ? [r.last] : [])).sort();
  return {
    total: rows.reduce((n, r) => n + r.n, 0),
    failed: rows.reduce((n, r) => n + r.failed, 0),
    byAction: Object.fromEntries(rows.map((r) => [r.action, r.n])),
    firstAt: firsts[0] ?? null,
    lastAt: lasts.at(-1) ?? null,
  };
}

async function usageOf(db: Db, id: string): Promise<ApplicationDetail["usage"]> {
  const u = schema.modelUsage;
  const rows = await db
    .select({
      purpose: u.purpose,
      model: u.modelName,
      calls: sql<number>`count(*)::int`,
      failed: sql<number>`(count(*) filter (where ${u.status} <> 'success'))::int`,
      tokensInput: sql<number>`coalesce(sum(${u.tokensInput}), 0)::float8`,
      tokensOutput: sql<number>`coalesce(sum(${u.tokensOutput}), 0)::float8`,
      costUsd: sql<number>`coalesce(sum(${u.costEstimated}), 0)::float8`,
    })
    .from(u)
    .where(eq(u.applicationId, id))
    .groupBy(u.purpose, u.modelName)
    .orderBy(asc(u.purpose), asc(u.modelName));
  return {
    calls: rows.reduce((n, r) => n + r.calls, 0),
    tokensInput: rows.reduce((n, r) => n + r.tokensInput, 0),
    tokensOutput: rows.reduce((n, r) => n + r.tokensOutput, 0),
    costUsd: rows.reduce((n, r) => n + r.costUsd, 0),
    byPurpose: rows,
  };
}
