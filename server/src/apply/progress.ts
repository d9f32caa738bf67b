import { type Db, schema } from "@nyx/db";
import { AppError, type ApplyOutcome, DEFAULT_SETTINGS, type QueueSettings, type StepReport } from "@nyx/shared";
import { and, eq, sql } from "drizzle-orm";
import { changeStatus } from "../applications/status.ts";
import { blockDomain } from "../queue/domain-policy.ts";
import { currentAttempt, releaseLease } from "../queue/lease.ts";
import { personDay } from "../queue/person-day.ts";
import { RETRYABLE, retryOrGiveUp } from "../queue/retry.ts";

const INTERRUPTION_REASON = {
  captcha: "a CAPTCHA stands before the submit button: the person must solve it",
  verification_code: "the site sent a code by SMS or e-mail: the person must enter it",
  checkpoint: "the site asks for a security check: the person must pass it",
  logged_out: "the site logged the person out: they must sign in again",
} as const;

/** One step of the form as filled: an application_steps row per field action and one for how the step was left. */
export async function recordStep(db: Db, applicationId: string, report: StepReport): Promise<void> {
  await requireInProgress(db, applicationId);
  await insertStep(db, applicationId, report);
}

async function insertStep(db: Db, applicationId: string, report: StepReport): Promise<void> {
  const start = new Date(report.startedAt);
  const end = new Date(report.endedAt);
  const rows = [
    ...report.fields.map((f) => ({
      applicationId,
      stepIndex: report.step,
      actionType: f.action,
      description: `${f.label}`.slice(0, 500),
      pageUrl: report.pageUrl,
      domSelector: f.name ? `[name="${f.name}"]`.slice(0, 500) : null,
      timestampStart: start,
      timestampEnd: end,
      success: f.ok,
      errorMessage: f.error ?? null,
    })),
    {
      applicationId,
      stepIndex: report.step,
      actionType: report.action === "submit" ? "submit_form" : report.action === "next" ? "click" : "wait",
      description: report.action === "next" ? "to the next step" : report.action === "submit" ? "submit" : "stayed",
      pageUrl: report.pageUrl,
      domSelector: null,
      timestampStart: start,
      timestampEnd: end,
      success: report.ok,
      errorMessage: report.errors.length > 0 ? report.errors.join("; ").slice(0, 2000) : null,
    },
  ];
  await db.insert(schema.applicationSteps).values(rows);
}

/** How an attempt ended; a submitted application is final and an intent to submit is kept forever. */
export async function recordOutcome(
  db: Db,
  applicationId: string,
  outcome: ApplyOutcome,
  queue: QueueSettings = DEFAULT_SETTINGS.queue,
): Promise<void> {
  // A tab that waited for a code reports when it gives up; the code request paused the application already.
  const waitedForCode = outcome.outcome === "interrupted" && outcome.interruption === "verification_code";
  const app = await requireInProgress(db, applicationId, outcome.outcome === "needs_person" || waitedForCode);
  const event = (eventType: string, eventDetail: string, payload: unknown) =>
    db.insert(schema.applicationEvents).values({ applicationId, eventType, eventDetail, payload });
  switch (outcome.outcome) {
    case "submit_intent":
      // The step stays recorded even when the intent is refused: it was filled.
      if (outcome.step) await insertStep(db, applicationId, outcome.step);
      await recordSubmitIntent(db, applicationId, outcome);
      return;
    case "submitted": {
      const now = new Date();
      await db.transaction(async (tx) => {
        await tx
          .update(schema.applications)
          .set({
            applicationSubmittedAt: now,
            durationSeconds: app.startedAt
              ? Math.max(0, Math.round((now.getTime() - app.startedAt.getTime()) / 1000))
              : null,
            successFlag: true,
            finalConfirmationType: outcome.confirmation === "none" ? "unknown" : "confirmation_page",
          })
          .where(eq(schema.applications.id, applicationId));
        await tx.insert(schema.applicationEvents).values({
          applicationId,
          eventType: "submitted",
          eventDetail: outcome.text?.slice(0, 500) ?? "submitted",
          payload: { confirmation: outcome.confirmation },
        });
        await changeStatus(tx, applicationId, "submitted", { reason: "submitted", failureCode: null });
        await releaseLease(tx, applicationId, { error: null });
      });
      return;
    }
    case "interrupted":
      await event("interrupted", INTERRUPTION_REASON[outcome.interruption], {
        interruption: outcome.interruption,
        detail: outcome.detail,
      });
      if (app.status !== "paused")
        await changeStatus(db, applicationId, "paused", {
          reason: INTERRUPTION_REASON[outcome.interruption],
          failureCode: outcome.interruption,
        });
      await releaseLease(db, applicationId);
      return;
    case "needs_person":
      // The fill plan already paused it with the questions named.
      await releaseLease(db, applicationId);
      return;
    case "failed":
      await event("apply_failed", outcome.detail.slice(0, 500), outcome);
      if (outcome.code === "rate_limited") await blockAfterRateLimit(db, applicationId, outcome.detail);
      if (RETRYABLE.has(outcome.code)) {
        await retryOrGiveUp(db, applicationId, outcome, queue, { countAttempt: outcome.code !== "rate_limited" });
        return;
      }
      await changeStatus(db, applicationId, "failed", {
        reason: outcome.detail.slice(0, 1000),
        failureCode: outcome.code,
      });
      await releaseLease(db, applicationId, { error: outcome.detail });
      return;
  }
}

/**
 * The intent to submit, recorded before the click: only for the attempt that holds the application
 * now, and only once ever. Whatever happens after it, the application is never submitted again.
 */
async function recordSubmitIntent(
  db: Db,
  applicationId: string,
  outcome: Extract<ApplyOutcome, { outcome: "submit_intent" }>,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select id from applications where id = ${applicationId} for update`);
    const attempt = await currentAttempt(tx, applicationId);
    if (attempt !== outcome.attempt)
      throw new AppError(
        "conflict",
        `attempt ${outcome.attempt} no longer holds this application (attempt ${attempt} does): do not submit`,
      );
    const earlier = await tx.execute<{ n: number }>(
      sql`select count(*)::int as n from application_events where application_id = ${applicationId} and event_type = 'submit_intent'`,
    );
    if ((earlier.rows[0]?.n ?? 0) > 0)
      throw new AppError("conflict", "a submit was already attempted for this application; it is never sent twice");
    await tx.insert(schema.applicationEvents).values({
      applicationId,
      eventType: "submit_intent",
      eventDetail: "about to press submit",
      payload: { pageUrl: outcome.pageUrl, attempt: outcome.attempt },
    });
  });
}

async function requireInProgress(db: Db, applicationId: string, pausedToo = false) {
  const [app] = await db
    .select({ status: schema.applications.applicationStatus, startedAt: schema.applications.applicationStartedAt })
    .from(schema.applications)
    .where(and(eq(schema.applications.id, applicationId)));
  if (!app) throw new AppError("not_found", `no application ${applicationId}`);
  if (app.status !== "in_progress" && !(pausedToo && app.status === "paused"))
    throw new AppError("conflict", `the application is ${app.status}, not being applied`);
  return app;
}

/** How long a site that said "too many applications" is left alone. */
const RATE_LIMIT_BLOCK_MS = 24 * 3600 * 1000;

/** The site signalled a rate limit: its domain is blocked for a day, for every tab and server. */
async function blockAfterRateLimit(db: Db, applicationId: string, detail: string): Promise<void> {
  const [app] = await db
    .select({ domain: schema.applications.domainName, userId: schema.applications.userId })
    .from(schema.applications)
    .where(eq(schema.applications.id, applicationId));
  if (!app?.domain) return;
  const { today } = await personDay(db, app.userId);
  await blockDomain(db, app.domain, today, new Date(Date.now() + RATE_LIMIT_BLOCK_MS), detail);
}
