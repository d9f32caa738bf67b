import { type Db, schema } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import { loadSettings } from "../settings/store.ts";
import { dueFollowUps } from "../tracker/follow-ups.ts";
import { type DigestApplication, tally } from "./tally.ts";
import type { SessionDigest } from "./types.ts";

/**
 * Everything the digest says about one session, read from the database. An application belongs to
 * the session when it was handed to a worker in it (a `dispatched` event with the session's id),
 * however often; its status is the one it has now. Throws AppError not_found for an unknown session.
 */
export async function buildSessionDigest(db: Db, sessionId: string): Promise<SessionDigest> {
  const s = schema.applicationSessions;
  const [session] = await db
    .select({
      name: s.sessionName,
      status: s.status,
      start: s.startDatetime,
      end: s.endDatetime,
      createdAt: s.createdAt,
      timeZone: schema.users.timezone,
      userId: s.userId,
    })
    .from(s)
    .leftJoin(schema.users, eq(schema.users.id, s.userId))
    .where(eq(s.id, sessionId));
  if (!session) throw new AppError("not_found", `no session ${sessionId}`);

  const apps = await sessionApplications(db, sessionId);
  const ids = apps.map((a) => a.id);
  const usage = schema.modelUsage;
  const [spent] = await db
    .select({
      tokensIn: sql<string>`coalesce(sum(${usage.tokensInput}), 0)::text`,
      tokensOut: sql<string>`coalesce(sum(${usage.tokensOutput}), 0)::text`,
      cost: sql<string>`coalesce(sum(${usage.costEstimated}), 0)::text`,
    })
    .from(usage)
    .where(or(eq(usage.sessionId, sessionId), ids.length > 0 ? inArray(usage.applicationId, ids) : undefined));

  const generatedAt = new Date();
  const settings = await loadSettings(db);
  const followUps = session.userId
    ? await dueFollowUps(db, session.userId, { days: settings.followUpDays, now: generatedAt })
    : [];
  const startedAt = session.start ?? session.createdAt ?? generatedAt;
  const until = session.end ?? generatedAt;
  return {
    sessionId,
    sessionName: session.name,
    sessionStatus: session.status ?? "planned",
    timeZone: validTimeZone(session.timeZone),
    startedAt,
    endedAt: session.end,
    generatedAt,
    durationSeconds: Math.max(0, Math.round((until.getTime() - startedAt.getTime()) / 1000)),
    ...tally(apps, settings),
    tokensInput: Number(spent?.tokensIn ?? 0),
    tokensOutput: Number(spent?.tokensOut ?? 0),
    costUsd: Number(spent?.cost ?? 0),
    userId: session.userId,
    followUps,
    followUpDays: settings.followUpDays,
  };
}

async function sessionApplications(db: Db, sessionId: string): Promise<DigestApplication[]> {
  const a = schema.applications;
  const events = schema.applicationEvents;
  const dispatched = db
    .selectDistinct({ id: events.applicationId })
    .from(events)
    .where(and(eq(events.sessionId, sessionId), eq(events.eventType, "dispatched")));
  const rows = await db
    .select({
      id: a.id,
      status: a.applicationStatus,
      effort: a.effortLevel,
      matchScore: a.matchScore,
      durationSeconds: a.durationSeconds,
      domain: a.domainName,
      jobUrl: schema.jobPosts.sourceUrl,
      jobTitle: schema.jobPosts.jobTitle,
      company: schema.companies.name,
      companyTier: schema.companies.tier,
      failureCode: a.failureReasonCode,
    })
    .from(a)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(inArray(a.id, dispatched))
    .orderBy(a.createdAt, a.id);
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);

  const history = schema.applicationStatusHistory;
  const paused = await db
    .selectDistinctOn([history.applicationId], { id: history.applicationId, reason: history.reason })
    .from(history)
    .where(and(inArray(history.applicationId, ids), eq(history.newStatus, "paused")))
    .orderBy(history.applicationId, desc(history.changedAt));
  const intents = await db
    .selectDistinct({ id: events.applicationId })
    .from(events)
    .where(and(inArray(events.applicationId, ids), eq(events.eventType, "submit_intent")));

  const pausedBecause = new Map(paused.map((p) => [p.id, p.reason]));
  const intended = new Set(intents.map((i) => i.id));
  return rows.map((r) => ({ ...r, pausedBecause: pausedBecause.get(r.id) ?? null, submitIntent: intended.has(r.id) }));
}

/** users.timezone when the runtime knows it, else UTC. */
function validTimeZone(zone: string | null): string {
  if (!zone) return "UTC";
  try {
    new Intl.DateTimeFormat("en-GB", { timeZone: zone });
    return zone;
  } catch {
    return "UTC";
  }
}
