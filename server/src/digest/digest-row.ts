import { randomUUID } from "node:crypto";
import { type Db, schema } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { SessionDigest } from "./types.ts";

/** How long a send may be under way before another call may take it over (a crashed sender). */
export const SEND_CLAIM_MINUTES = 15;

const SEND_EVENTS = ["digest_sending", "digest_sent", "digest_failed"];

export type Claim =
  | { kind: "already_sent"; digestId: string }
  | { kind: "in_progress"; digestId: string }
  | { kind: "written"; digestId: string }
  | { kind: "claimed"; digestId: string; claimId: string };

/**
 * Writes the session's one `session_digests` row (a new one, or the unsent one brought up to date)
 * and, when `send` is true, claims the sending of it with a `digest_sending` session event. All
 * under a lock on the session row, so of two calls at once (on any number of servers) only one
 * claims; a digest already sent, or being sent by another call, is left as it is.
 */
export async function writeAndClaim(db: Db, digest: SessionDigest, summaryText: string, send: boolean): Promise<Claim> {
  const sessionId = digest.sessionId;
  return db.transaction(async (tx) => {
    const [session] = await tx
      .select({ id: schema.applicationSessions.id })
      .from(schema.applicationSessions)
      .where(eq(schema.applicationSessions.id, sessionId))
      .for("no key update");
    if (!session) throw new AppError("not_found", `no session ${sessionId}`);
    const [existing] = await tx
      .select({ id: schema.sessionDigests.id, sent: schema.sessionDigests.digestEmailSent })
      .from(schema.sessionDigests)
      .where(eq(schema.sessionDigests.sessionId, sessionId))
      .orderBy(desc(schema.sessionDigests.digestEmailSent), desc(schema.sessionDigests.generatedAt))
      .limit(1);
    if (existing?.sent) return { kind: "already_sent", digestId: existing.id };

    const events = schema.sessionEvents;
    const [last] = await tx
      .select({
        type: events.eventType,
        fresh: sql<boolean>`${events.createdAt} > now() - make_interval(mins => ${SEND_CLAIM_MINUTES})`,
      })
      .from(events)
      .where(and(eq(events.sessionId, sessionId), inArray(events.eventType, SEND_EVENTS)))
      .orderBy(desc(events.createdAt))
      .limit(1);
    if (existing && last?.type === "digest_sending" && last.fresh)
      return { kind: "in_progress", digestId: existing.id };

    const values = rowValues(digest, summaryText);
    let digestId: string;
    if (existing) {
      await tx.update(schema.sessionDigests).set(values).where(eq(schema.sessionDigests.id, existing.id));
      digestId = existing.id;
    } else {
      const [row] = await tx
        .insert(schema.sessionDigests)
        .values({ sessionId, ...values })
        .returning({ id: schema.sessionDigests.id });
      if (!row) throw new AppError("internal", "the session digest was not recorded");
      digestId = row.id;
    }
    if (!send) return { kind: "written", digestId };
    const claimId = randomUUID();
    await tx.insert(events).values({
      sessionId,
      eventType: "digest_sending",
      message: "sending the digest e-mail",
      payload: { digestId, claimId },
    });
    return { kind: "claimed", digestId, claimId };
  });
}

/** SMTP accepted the digest: the row says so, and a `digest_sent` event closes the claim. */
export async function markSent(
  db: Db,
  claim: { sessionId: string; digestId: string; claimId: string; attempts: number },
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(schema.sessionDigests)
      .set({ digestEmailSent: true })
      .where(eq(schema.sessionDigests.id, claim.digestId));
    await tx.insert(schema.sessionEvents).values({
      sessionId: claim.sessionId,
      eventType: "digest_sent",
      message: "the digest e-mail was accepted by the SMTP server",
      payload: { digestId: claim.digestId, claimId: claim.claimId, attempts: claim.attempts },
    });
  });
}

/** A session event that says why the digest was not sent (`error` is already free of secrets and addresses). */
export async function recordNotSent(
  db: Db,
  note: { sessionId: string; digestId: string; eventType: "digest_failed" | "digest_not_sent"; message: string },
  payload: Record<string, unknown> = {},
): Promise<void> {
  await db.insert(schema.sessionEvents).values({
    sessionId: note.sessionId,
    eventType: note.eventType,
    message: note.message,
    payload: { digestId: note.digestId, ...payload },
  });
}

/** The `session_digests` columns the digest fills (the e-mail id stays null: Saturnus owns `emails`). */
function rowValues(d: SessionDigest, summaryText: string) {
  return {
    generatedAt: d.generatedAt,
    summaryText,
    applicationsTotal: d.total,
    applicationsSuccessful: d.byStatus.submitted,
    applicationsFailed: d.byStatus.failed,
    numLowEffort: d.byEffort.low,
    numMediumEffort: d.byEffort.medium,
    numHighEffort: d.byEffort.high,
    tokensInputTotal: d.tokensInput,
    tokensOutputTotal: d.tokensOutput,
    costEstimatedTotal: d.costUsd.toFixed(4),
    avgMatchScore: d.avgMatchScore === null ? null : d.avgMatchScore.toFixed(3),
    avgDurationSeconds: d.avgDurationSeconds,
    perDomainStats: d.perDomain,
    perCompanyTierStats: d.perCompanyTier,
    errorsSummary: { failed: d.errors, waitingForPerson: d.waiting },
  };
}
