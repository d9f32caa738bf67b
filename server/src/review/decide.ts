import { type Db, schema } from "@nyx/db";
import { AppError, type ReviewDecision, type ReviewDecisionResult } from "@nyx/shared";
import { and, eq, inArray } from "drizzle-orm";
import { changeStatus } from "../applications/status.ts";
import { AWAITING_REVIEW } from "./queue.ts";

const OUTCOME = {
  approve: { status: "queued", reason: "approved by the person", failureCode: null, detail: null },
  reject: {
    status: "skipped",
    reason: "rejected by the person",
    failureCode: "rejected_by_person",
    detail: "rejected by the person",
  },
} as const;

/**
 * The person's verdict on waiting applications, all or none in one transaction: approve → queued
 * (to be applied to), reject → skipped. Unknown ids are a 404 naming them; an application that is
 * not waiting for review (decided already, or never in the queue) is a 409 naming it.
 */
export async function decideReview(db: Db, userId: string, decision: ReviewDecision): Promise<ReviewDecisionResult> {
  const outcome = OUTCOME[decision.action];
  await db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: schema.applications.id,
        status: schema.applications.applicationStatus,
        failureCode: schema.applications.failureReasonCode,
      })
      .from(schema.applications)
      .where(and(eq(schema.applications.userId, userId), inArray(schema.applications.id, decision.ids)))
      .for("update");
    const found = new Map(rows.map((r) => [r.id, r]));
    const unknown = decision.ids.filter((id) => !found.has(id));
    if (unknown.length > 0) {
      throw new AppError("not_found", `no application ${unknown.join(", ")}: nothing was changed`);
    }
    const notWaiting = rows.filter(
      (r) => r.status !== AWAITING_REVIEW.status || r.failureCode !== AWAITING_REVIEW.failureCode,
    );
    if (notWaiting.length > 0) {
      const named = notWaiting.map((r) => `${r.id} (${r.status ?? "queued"})`).join(", ");
      throw new AppError("conflict", `not waiting for review: ${named}; nothing was changed`);
    }
    for (const id of decision.ids) {
      await changeStatus(tx, id, outcome.status, {
        reason: outcome.reason,
        actor: "user",
        failureCode: outcome.failureCode,
      });
    }
    await tx
      .update(schema.applications)
      .set({ manualFollowupNeeded: false, failureReasonDetail: outcome.detail })
      .where(inArray(schema.applications.id, decision.ids));
  });
  return { action: decision.action, applications: decision.ids.map((id) => ({ id, status: outcome.status })) };
}
