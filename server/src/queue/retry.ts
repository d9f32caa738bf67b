import type { Db } from "@nyx/db";
import type { QueueSettings } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { changeStatus } from "../applications/status.ts";
import { currentAttempt, releaseLease, type Tx } from "./lease.ts";

/** Failures of the machinery, not of the application: worth another attempt after a pause. */
export const RETRYABLE = new Set(["tab_closed", "worker_error", "page_not_loaded", "lease_expired", "rate_limited"]);

export type Settled = "queued" | "failed" | "check_manually";

/** The wait before attempt `attempt + 1`: base, then twice as long each time (capped at a day). */
export function backoffSeconds(attempt: number, baseSeconds: number): number {
  return Math.min(86_400, baseSeconds * 2 ** Math.max(0, attempt - 1));
}

async function submitIntended(db: Db | Tx, applicationId: string): Promise<boolean> {
  const { rows } = await db.execute<{ n: number }>(
    sql`select count(*)::int as n from application_events where application_id = ${applicationId} and event_type = 'submit_intent'`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

/**
 * An attempt that stopped without an outcome of its own (its lease ran out, its tab closed, the
 * worker failed): after a submit intent it is never tried again — the person checks by hand
 * whether the site received it; otherwise it goes back to the queue after a backoff, until the
 * attempts are used up.
 */
export async function retryOrGiveUp(
  db: Db | Tx,
  applicationId: string,
  why: { code: string; detail: string },
  queue: QueueSettings,
  options: { countAttempt?: boolean } = {},
): Promise<Settled> {
  if (await submitIntended(db, applicationId)) {
    await changeStatus(db, applicationId, "paused", {
      reason: `stopped after pressing submit (${why.detail}): check by hand whether the site received it`.slice(
        0,
        1000,
      ),
      failureCode: "check_manually",
    });
    await db.execute(sql`update applications set manual_followup_needed = true where id = ${applicationId}`);
    await releaseLease(db, applicationId, { error: why.detail });
    return "check_manually";
  }
  const attempt = await currentAttempt(db, applicationId);
  if (options.countAttempt !== false && attempt >= queue.maxAttempts) {
    await changeStatus(db, applicationId, "failed", {
      reason: `${why.detail} (after ${attempt} attempts)`.slice(0, 1000),
      failureCode: why.code === "lease_expired" ? "timeout" : why.code,
    });
    await releaseLease(db, applicationId, { error: why.detail });
    return "failed";
  }
  const wait = backoffSeconds(attempt, queue.retryBaseSeconds);
  await changeStatus(db, applicationId, "queued", {
    reason: `${why.detail}: tried again in ${Math.round(wait)} s`.slice(0, 1000),
    failureCode: why.code,
  });
  await releaseLease(db, applicationId, { notBefore: new Date(Date.now() + wait * 1000), error: why.detail });
  return "queued";
}

/**
 * Takes back applications whose worker stopped showing signs of life. Safe on several servers at
 * once: each expired lease is locked (SKIP LOCKED) by one reaper, and only while the application
 * is still in progress.
 */
export async function reapExpiredLeases(db: Db, queue: QueueSettings): Promise<string[]> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.execute<{ id: string }>(sql`
      select l.application_id as id
        from nyx_runtime.application_leases l join applications a on a.id = l.application_id
       where l.leased_until < now() and a.application_status = 'in_progress'
       order by l.leased_until
       limit 50
         for update of l skip locked`);
    for (const { id } of rows)
      await retryOrGiveUp(tx, id, { code: "lease_expired", detail: "the worker tab stopped answering" }, queue);
    return rows.map((r) => r.id);
  });
}
