import { type Db, schema } from "@nyx/db";
import { AppError, type ApplicationRecord } from "@nyx/shared";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";

/**
 * Applications as the person reads them: every §1.4 field, joined from the job, the company, the
 * CV, the questions, the browser steps and the model usage (token and cost totals are derived
 * from model_usage, so they always equal the sum of its rows).
 */
export async function listApplicationRecords(
  db: Db,
  userId: string,
  filter: {
    status?: string | undefined;
    id?: string | undefined;
    limit?: number | undefined;
    /** Any further condition over applications, job_posts and companies (the History filters). */
    where?: SQL | undefined;
  } = {},
): Promise<ApplicationRecord[]> {
  const a = schema.applications;
  const rows = await applicationRows(
    db,
    and(
      eq(a.userId, userId),
      filter.status ? eq(a.applicationStatus, filter.status) : undefined,
      filter.id ? eq(a.id, filter.id) : undefined,
      filter.where,
    ),
    filter.limit ?? 10_000,
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.app.id);
  const questions = await db
    .select()
    .from(schema.applicationQuestions)
    .where(inArray(schema.applicationQuestions.applicationId, ids))
    .orderBy(asc(schema.applicationQuestions.stepIndex), asc(schema.applicationQuestions.createdAt));
  const usage = await db
    .select({
      applicationId: schema.modelUsage.applicationId,
      purpose: schema.modelUsage.purpose,
      calls: sql<number>`count(*)::int`,
      tokensIn: sql<number>`coalesce(sum(${schema.modelUsage.tokensInput}), 0)::int`,
      tokensOut: sql<number>`coalesce(sum(${schema.modelUsage.tokensOutput}), 0)::int`,
      cost: sql<string>`coalesce(sum(${schema.modelUsage.costEstimated}), 0)::text`,
    })
    .from(schema.modelUsage)
    .where(inArray(schema.modelUsage.applicationId, ids))
    .groupBy(schema.modelUsage.applicationId, schema.modelUsage.purpose);
  const steps = await db
    .select({
      applicationId: schema.applicationSteps.applicationId,
      action: schema.applicationSteps.actionType,
      n: sql<number>`count(*)::int`,
    })
    .from(schema.applicationSteps)
    .where(inArray(schema.applicationSteps.applicationId, ids))
    .groupBy(schema.applicationSteps.applicationId, schema.applicationSteps.actionType);

  return rows.map(({ app, job, company, source, resume: resumeRow, version }) => {
    const resume = resumeRow?.resumeKey;
    const own = usage.filter((u) => u.applicationId === app.id);
    const tools: Record<string, number> = {};
    for (const u of own) tools[`llm:${u.purpose ?? "other"}`] = u.calls;
    for (const s of steps.filter((x) => x.applicationId === app.id)) tools[`browser:${s.action}`] = s.n;
    return {
      id: app.id,
      status: app.applicationStatus ?? "queued",
      failureCode: app.failureReasonCode,
      errorMessage: app.failureReasonDetail,
      jobId: job.id,
      jobTitle: job.jobTitle,
      jobDescription: job.descriptionClean,
      company: company?.name ?? null,
      companyIndustry: company?.industry ?? null,
      city: job.locationCity,
      country: job.locationCountry,
      postingSource: source,
      baseUrl: new URL(job.sourceUrl).origin,
      jobUrl: job.sourceUrl,
      postedAt: job.postingDatetime?.toISOString() ?? null,
      appliedAt: app.applicationSubmittedAt ? app.applicationSubmittedAt.toISOString().replace(/\.\d{3}Z$/, "Z") : null,
      durationSeconds: app.durationSeconds,
      cvUsed: resume ? `${resume}${version ? ` v${version.versionNumber}` : ""}` : null,
      cvContent: version && version.generatedBy !== "human" ? version.contentText : null,
      coverLetter: app.coverLetterText,
      effortLevel: app.effortLevel,
      matchScore: app.matchScore === null ? null : Number(app.matchScore),
      questionsAnswers: questions
        .filter((q) => q.applicationId === app.id)
        .map((q) => ({
          question: q.fieldLabelRaw ?? q.fieldNameAttr ?? "",
          answer: q.correctedValue ?? q.valueFilled,
          source: q.valueSource,
        })),
      sessionId: app.sessionId,
      tokensInput: own.reduce((n, u) => n + u.tokensIn, 0),
      tokensOutput: own.reduce((n, u) => n + u.tokensOut, 0),
      toolsUsed: tools,
      toolsUsedNumber: Object.values(tools).reduce((n, c) => n + c, 0),
      costUsd: own.reduce((n, u) => n + Number(u.cost), 0),
      createdAt: (app.createdAt ?? new Date()).toISOString(),
    };
  });
}

/**
 * Applications joined with their posting, company, posting source and the CV chosen (row and
 * version), newest first: what records and History's detail are built from.
 */
export function applicationRows(db: Db, where: SQL | undefined, limit: number) {
  const a = schema.applications;
  return db
    .select({
      app: a,
      job: schema.jobPosts,
      company: schema.companies,
      source: schema.jobSources.name,
      resume: schema.resumes,
      version: schema.resumeVersions,
    })
    .from(a)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .leftJoin(schema.jobSources, eq(schema.jobSources.id, schema.jobPosts.jobSourceId))
    .leftJoin(schema.resumes, eq(schema.resumes.id, a.selectedResumeId))
    .leftJoin(schema.resumeVersions, eq(schema.resumeVersions.id, a.selectedResumeVersionId))
    .where(where)
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(limit);
}

export async function getApplicationRecord(db: Db, userId: string, id: string): Promise<ApplicationRecord> {
  const [record] = await listApplicationRecords(db, userId, { id });
  if (!record) throw new AppError("not_found", `no application ${id}`);
  return record;
}
