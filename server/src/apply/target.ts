import { type Db, schema } from "@nyx/db";
import { AppError, type ApplyTarget, type QueuedApplication } from "@nyx/shared";
import { and, desc, eq, sql } from "drizzle-orm";
import { changeStatus } from "../applications/status.ts";
import { extractPosting } from "../extract/index.ts";
import { LEASE_HOLDER } from "../queue/holder.ts";
import { takeLease } from "../queue/lease.ts";

const STARTABLE = new Set(["queued", "paused", "failed"]);

/**
 * Where a worker tab starts for an application: the address the person asked for, else the
 * posting's apply link, else the posting itself.
 */
export async function applyAddress(db: Db, userId: string, applicationId: string): Promise<QueuedApplication> {
  const [row] = await db
    .select({ job: schema.jobPosts, status: schema.applications.applicationStatus })
    .from(schema.applications)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, schema.applications.jobPostId))
    .where(and(eq(schema.applications.id, applicationId), eq(schema.applications.userId, userId)));
  if (!row) throw new AppError("not_found", `no application ${applicationId}`);
  const [requested] = await db
    .select({ payload: schema.applicationEvents.payload })
    .from(schema.applicationEvents)
    .where(
      and(
        eq(schema.applicationEvents.applicationId, applicationId),
        eq(schema.applicationEvents.eventType, "apply_requested"),
      ),
    )
    .orderBy(desc(schema.applicationEvents.createdAt))
    .limit(1);
  const asked = (requested?.payload as { url?: unknown } | null)?.url;
  if (typeof asked === "string") return { applicationId, url: asked };
  let applyUrl: string | null = null;
  if (row.job.scrapedHtml) {
    try {
      applyUrl = extractPosting({ url: row.job.sourceUrl, html: row.job.scrapedHtml }).applyUrl;
    } catch {
      applyUrl = null;
    }
  }
  return { applicationId, url: applyUrl ?? row.job.sourceUrl };
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export interface LeaseTerms {
  leaseSeconds: number;
  sessionId?: string | null;
  reason?: string;
}

/**
 * Hands an application to a worker tab: it must be waiting (queued, or paused/failed and started
 * again by the person) and never submitted; it becomes in_progress with its start time, under a
 * new lease attempt.
 */
export async function startApplying(
  db: Db,
  userId: string,
  applicationId: string,
  lease: LeaseTerms,
): Promise<ApplyTarget> {
  const address = await applyAddress(db, userId, applicationId);
  const attempt = await db.transaction((tx) => beginAttempt(tx, userId, address, lease));
  return { ...address, attempt };
}

/** The hand-over itself, inside the caller's transaction (the queue's claim runs it under its lock). */
export async function beginAttempt(
  tx: Tx,
  userId: string,
  address: QueuedApplication,
  lease: LeaseTerms,
): Promise<number> {
  const { applicationId } = address;
  const [app] = await tx
    .select({
      status: schema.applications.applicationStatus,
      submittedAt: schema.applications.applicationSubmittedAt,
    })
    .from(schema.applications)
    .where(eq(schema.applications.id, applicationId))
    .for("update");
  const status = app?.status ?? "queued";
  if (app?.submittedAt || status === "submitted")
    throw new AppError("conflict", "this application was already submitted; it is never sent twice");
  if (!STARTABLE.has(status)) throw new AppError("conflict", `the application is ${status}, not waiting to be applied`);
  const intent = await tx.execute<{ n: number }>(
    sql`select count(*)::int as n from application_events where application_id = ${applicationId} and event_type = 'submit_intent'`,
  );
  if ((intent.rows[0]?.n ?? 0) > 0)
    throw new AppError("conflict", "a submit was already attempted for this application: check it by hand first");
  await tx
    .update(schema.applications)
    .set({ applicationStartedAt: new Date(), ...(lease.sessionId ? { sessionId: lease.sessionId } : {}) })
    .where(eq(schema.applications.id, applicationId));
  await changeStatus(tx, applicationId, "in_progress", {
    reason: lease.reason ?? "handed to a worker tab",
    failureCode: null,
  });
  const taken = await takeLease(tx, {
    applicationId,
    userId,
    sessionId: lease.sessionId ?? null,
    holder: LEASE_HOLDER,
    leaseSeconds: lease.leaseSeconds,
  });
  await tx.insert(schema.applicationEvents).values({
    applicationId,
    sessionId: lease.sessionId ?? null,
    eventType: "dispatched",
    eventDetail: `attempt ${taken}`,
    payload: { attempt: taken, url: address.url },
  });
  return taken;
}
