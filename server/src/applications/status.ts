import { type Db, schema } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { eq } from "drizzle-orm";

export type ApplicationStatus = "queued" | "in_progress" | "submitted" | "failed" | "paused" | "skipped" | "cancelled";
type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Writer = Db | Tx;

/** Every status change is an application_status_history row, written with the change itself. */
export async function changeStatus(
  db: Writer,
  applicationId: string,
  next: ApplicationStatus,
  change: { reason: string; actor?: "system" | "user" | "qa_agent"; failureCode?: string | null },
): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ status: schema.applications.applicationStatus })
      .from(schema.applications)
      .where(eq(schema.applications.id, applicationId))
      .for("update");
    if (!current) throw new AppError("not_found", `no application ${applicationId}`);
    await tx
      .update(schema.applications)
      .set({
        applicationStatus: next,
        ...(change.failureCode === undefined ? {} : { failureReasonCode: change.failureCode }),
      })
      .where(eq(schema.applications.id, applicationId));
    await tx.insert(schema.applicationStatusHistory).values({
      applicationId,
      oldStatus: current.status,
      newStatus: next,
      reason: change.reason,
      actor: change.actor ?? "system",
    });
  });
}

/** The first history row of a new application (no old status). */
export async function recordInitialStatus(
  db: Writer,
  applicationId: string,
  status: ApplicationStatus,
  reason: string,
) {
  await db
    .insert(schema.applicationStatusHistory)
    .values({ applicationId, oldStatus: null, newStatus: status, reason });
}
