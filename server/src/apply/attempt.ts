import { type Db, schema } from "@nyx/db";
import { AppError, type ApplyAttempt } from "@nyx/shared";
import { and, desc, eq, like } from "drizzle-orm";

/** Where an application's attempt stands: its status, why and since when, and what waits for the person. */
export async function applyAttempt(db: Db, userId: string, applicationId: string): Promise<ApplyAttempt> {
  const [app] = await db
    .select({
      status: schema.applications.applicationStatus,
      failureCode: schema.applications.failureReasonCode,
      submittedAt: schema.applications.applicationSubmittedAt,
    })
    .from(schema.applications)
    .where(and(eq(schema.applications.id, applicationId), eq(schema.applications.userId, userId)));
  if (!app) throw new AppError("not_found", `no application ${applicationId}`);
  const flagged = await db
    .select({ label: schema.applicationQuestions.fieldLabelRaw, name: schema.applicationQuestions.fieldNameAttr })
    .from(schema.applicationQuestions)
    .where(
      and(
        eq(schema.applicationQuestions.applicationId, applicationId),
        like(schema.applicationQuestions.validationErrorMessage, "flagged for the person%"),
      ),
    );
  const [last] = await db
    .select({ reason: schema.applicationStatusHistory.reason, changedAt: schema.applicationStatusHistory.changedAt })
    .from(schema.applicationStatusHistory)
    .where(eq(schema.applicationStatusHistory.applicationId, applicationId))
    .orderBy(desc(schema.applicationStatusHistory.changedAt))
    .limit(1);
  return {
    applicationId,
    status: app.status ?? "queued",
    failureCode: app.failureCode,
    reason: last?.reason ?? null,
    statusChangedAt: last?.changedAt?.toISOString() ?? null,
    submitted: app.submittedAt !== null,
    flagged: flagged.map((f) => ({ label: f.label ?? "", ...(f.name ? { name: f.name } : {}) })),
  };
}
