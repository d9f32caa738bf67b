import { type Db, schema } from "@nyx/db";
import { AppError, type EffortChange, type EffortChangeResult, EffortLevel } from "@nyx/shared";
import { and, eq } from "drizzle-orm";

/** Applications whose effort may still change: not yet handed to a worker tab (queued, or waiting). */
const CHANGEABLE = new Set(["queued", "paused"]);

/**
 * The person sets the effort of one of their applications that has not started yet; the choice is
 * theirs from now on (`effort_hint_source = user`) and the change is an application event. An
 * unknown id, or somebody else's application, is a 404; one being applied to or finished is a 409.
 */
export async function changeEffort(
  db: Db,
  userId: string,
  applicationId: string,
  change: EffortChange,
): Promise<EffortChangeResult> {
  return db.transaction(async (tx) => {
    const a = schema.applications;
    const [row] = await tx
      .select({ status: a.applicationStatus, effort: a.effortLevel })
      .from(a)
      .where(and(eq(a.id, applicationId), eq(a.userId, userId)))
      .for("update");
    if (!row) throw new AppError("not_found", `no application ${applicationId}`);
    const status = row.status ?? "queued";
    if (!CHANGEABLE.has(status)) {
      throw new AppError(
        "conflict",
        `application ${applicationId} is ${status}: its effort can change only before it is applied to`,
      );
    }
    const previous = EffortLevel.catch("medium").parse(row.effort);
    await tx.update(a).set({ effortLevel: change.effort, effortHintSource: "user" }).where(eq(a.id, applicationId));
    await tx.insert(schema.applicationEvents).values({
      applicationId,
      eventType: "effort_changed",
      eventDetail: `effort ${previous} → ${change.effort}, by the person`,
      payload: { from: previous, to: change.effort },
    });
    return { applicationId, effort: change.effort, previous };
  });
}
