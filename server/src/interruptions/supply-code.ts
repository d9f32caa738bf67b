import { type Db, schema } from "@nyx/db";
import { SuppliedCode } from "@nyx/shared";
import { and, eq, sql } from "drizzle-orm";
import type { Logger } from "pino";
import { changeStatus } from "../applications/status.ts";
import { publishApplications } from "../live/application-events.ts";
import type { LivePublisher } from "../live/hub.ts";
import { LEASE_HOLDER } from "../queue/holder.ts";
import { holdAgain } from "../queue/lease.ts";
import { loadSettings } from "../settings/store.ts";

export interface SupplyDeps {
  db: Db;
  live: LivePublisher;
  logger: Logger;
  /** The person this server works for. */
  userId: string;
}

/** What became of a code: handed to the waiting tab, or why not, in words for the person. */
export interface CodeAnswer {
  delivered: boolean;
  applicationId?: string;
  answer: string;
}

interface Waiting {
  rowId: string;
  applicationId: string;
  status: string | null;
  failureCode: string | null;
  company: string | null;
  jobTitle: string | null;
  expired: boolean;
}

const label = (w: Waiting) => `${w.jobTitle ?? "an application"}${w.company ? ` at ${w.company}` : ""}`;

async function pendingRequests(db: Db, userId: string, timeoutSeconds: number): Promise<Waiting[]> {
  const t = schema.twoFactorEvents;
  const a = schema.applications;
  return db
    .select({
      rowId: t.id,
      applicationId: t.applicationId,
      status: a.applicationStatus,
      failureCode: a.failureReasonCode,
      company: schema.companies.name,
      jobTitle: schema.jobPosts.jobTitle,
      expired: sql<boolean>`${t.requestedAt} + make_interval(secs => ${timeoutSeconds}) < now()`,
    })
    .from(t)
    .innerJoin(a, eq(a.id, t.applicationId))
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(and(eq(t.status, "pending"), eq(a.userId, userId)));
}

/** The application a reply to message `replyTo` is about (the message that asked for its code). */
async function askedIn(db: Db, replyTo: number): Promise<string | undefined> {
  const [row] = await db
    .select({ applicationId: schema.applicationEvents.applicationId })
    .from(schema.applicationEvents)
    .where(
      and(
        eq(schema.applicationEvents.eventType, "code_requested"),
        sql`${schema.applicationEvents.payload}->>'messageId' = ${String(replyTo)}`,
      ),
    )
    .limit(1);
  return row?.applicationId ?? undefined;
}

/**
 * The person gave a code (`POST /api/applications/:id/code`, or a reply on Telegram): it goes to
 * the application waiting for it — the one named, else the one whose message `replyTo` answers,
 * else the only one waiting. The request is marked completed, the application goes on in its tab
 * (in_progress again, with a fresh lease for the same attempt, so the tab's submit intent counts)
 * and the live event `code` carries the code to the tab. The code is never logged nor stored.
 */
export async function supplyCode(
  deps: SupplyDeps,
  request: { code: string; applicationId?: string | undefined; replyTo?: number | undefined },
): Promise<CodeAnswer> {
  const parsed = SuppliedCode.safeParse({ code: request.code });
  if (!parsed.success) return { delivered: false, answer: "That does not look like a code (3–12 letters or digits)." };
  const { db } = deps;
  const settings = await loadSettings(db);
  const timeout = settings.interruptions.codeTimeoutSeconds;
  const pending = await pendingRequests(db, deps.userId, timeout);
  const wanted =
    request.applicationId ?? (request.replyTo === undefined ? undefined : await askedIn(db, request.replyTo));
  if (request.replyTo !== undefined && wanted === undefined && request.applicationId === undefined)
    return { delivered: false, answer: "That message did not ask for a code. Reply to the message that did." };
  let candidates = pending.filter((w) => wanted === undefined || w.applicationId === wanted);
  if (wanted === undefined) candidates = candidates.filter((w) => !w.expired);
  if (candidates.length === 0)
    return {
      delivered: false,
      answer: wanted
        ? "That application is not waiting for a code."
        : "No application is waiting for a code right now.",
    };
  if (candidates.length > 1)
    return {
      delivered: false,
      answer: `Several applications are waiting for a code (${candidates.map(label).join("; ")}). Reply to the message of the one this code is for.`,
    };
  const [waiting] = candidates;
  if (!waiting) return { delivered: false, answer: "No application is waiting for a code right now." };
  const minutes = Math.max(1, Math.round(timeout / 60));
  if (waiting.expired) {
    await db
      .update(schema.twoFactorEvents)
      .set({ status: "timeout" })
      .where(eq(schema.twoFactorEvents.id, waiting.rowId));
    return {
      delivered: false,
      applicationId: waiting.applicationId,
      answer: `Too late: the tab for ${label(waiting)} stopped waiting after ${minutes} min. The application is paused; start it again from the side panel.`,
    };
  }
  if (waiting.status !== "paused" || waiting.failureCode !== "verification_code")
    return {
      delivered: false,
      applicationId: waiting.applicationId,
      answer: `${label(waiting)} no longer waits for a code (it is ${waiting.status}).`,
    };
  const taken = await db.transaction(async (tx) => {
    const rows = await tx
      .update(schema.twoFactorEvents)
      .set({ status: "completed", codeSuppliedAt: sql`now()` })
      .where(and(eq(schema.twoFactorEvents.id, waiting.rowId), eq(schema.twoFactorEvents.status, "pending")))
      .returning({ id: schema.twoFactorEvents.id });
    // Two codes at once: the first one counts.
    if (rows.length === 0) return false;
    await changeStatus(tx, waiting.applicationId, "in_progress", {
      reason: "the person gave the code: typing it in",
      actor: "user",
      failureCode: null,
    });
    await holdAgain(tx, waiting.applicationId, { holder: LEASE_HOLDER, leaseSeconds: settings.queue.leaseSeconds });
    await tx.insert(schema.applicationEvents).values({
      applicationId: waiting.applicationId,
      eventType: "code_supplied",
      eventDetail: "the person gave the code",
      payload: { twoFactorEventId: waiting.rowId },
    });
    return true;
  });
  if (!taken)
    return { delivered: false, applicationId: waiting.applicationId, answer: "A code was given already for that one." };
  deps.live.publish({ type: "code", applicationId: waiting.applicationId, code: parsed.data.code });
  deps.logger.info({ applicationId: waiting.applicationId }, "code handed to the waiting tab");
  await publishApplications(deps, [waiting.applicationId]);
  return {
    delivered: true,
    applicationId: waiting.applicationId,
    answer: `Thanks: the code goes to ${label(waiting)}, and its tab types it in now.`,
  };
}
