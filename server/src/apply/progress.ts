import { type Db, schema } from "@nyx/db";
import { AppError, type ApplyOutcome, type StepReport } from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import { changeStatus } from "../applications/status.ts";

const INTERRUPTION_REASON = {
  captcha: "a CAPTCHA stands before the submit button: the person must solve it",
  verification_code: "the site sent a code by SMS or e-mail: the person must enter it",
  checkpoint: "the site asks for a security check: the person must pass it",
  logged_out: "the site logged the person out: they must sign in again",
} as const;

/** One step of the form as filled: an application_steps row per field action and one for how the step was left. */
export async function recordStep(db: Db, applicationId: string, report: StepReport): Promise<void> {
  await requireInProgress(db, applicationId);
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
export async function recordOutcome(db: Db, applicationId: string, outcome: ApplyOutcome): Promise<void> {
  const app = await requireInProgress(db, applicationId, outcome.outcome === "needs_person");
  const event = (eventType: string, eventDetail: string, payload: unknown) =>
    db.insert(schema.applicationEvents).values({ applicationId, eventType, eventDetail, payload });
  switch (outcome.outcome) {
    case "submit_intent":
      await event("submit_intent", "about to press submit", { pageUrl: outcome.pageUrl });
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
      });
      return;
    }
    case "interrupted":
      await event("interrupted", INTERRUPTION_REASON[outcome.interruption], outcome);
      await changeStatus(db, applicationId, "paused", {
        reason: INTERRUPTION_REASON[outcome.interruption],
        failureCode: outcome.interruption,
      });
      return;
    case "needs_person":
      // The fill plan already paused it with the questions named.
      return;
    case "failed":
      await event("apply_failed", outcome.detail.slice(0, 500), outcome);
      await changeStatus(db, applicationId, "failed", {
        reason: outcome.detail.slice(0, 1000),
        failureCode: outcome.code,
      });
      return;
  }
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
