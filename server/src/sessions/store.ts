import { type Db, schema } from "@nyx/db";
import type { SessionEndReason, SessionStatus } from "@nyx/shared";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { RunLimits } from "./limits.ts";

export type SessionRow = typeof schema.applicationSessions.$inferSelect;

/** Sessions that are not over: at most one per person. */
export const OPEN: SessionStatus[] = ["planned", "running", "paused"];

export async function openSession(db: Db, userId: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(schema.applicationSessions)
    .where(and(eq(schema.applicationSessions.userId, userId), inArray(schema.applicationSessions.status, OPEN)))
    .orderBy(desc(schema.applicationSessions.startDatetime))
    .limit(1);
  return row;
}

export async function lastSession(db: Db, userId: string): Promise<SessionRow | undefined> {
  const [row] = await db
    .select()
    .from(schema.applicationSessions)
    .where(eq(schema.applicationSessions.userId, userId))
    .orderBy(desc(schema.applicationSessions.startDatetime))
    .limit(1);
  return row;
}

export async function sessionById(db: Db, id: string): Promise<SessionRow | undefined> {
  const [row] = await db.select().from(schema.applicationSessions).where(eq(schema.applicationSessions.id, id));
  return row;
}

/** Starts a session unless one is open (then that one is returned); one at a time per person, on every server. */
export async function createSession(
  db: Db,
  userId: string,
  limits: RunLimits,
): Promise<{ session: SessionRow; created: boolean }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`nyx-session:${userId}`}))`);
    const [open] = await tx
      .select()
      .from(schema.applicationSessions)
      .where(and(eq(schema.applicationSessions.userId, userId), inArray(schema.applicationSessions.status, OPEN)))
      .limit(1);
    if (open) return { session: open, created: false };
    const [session] = await tx
      .insert(schema.applicationSessions)
      .values({
        userId,
        sessionName: `Session of ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`,
        status: "running",
        maxApplications: limits.maxApplications,
        maxDurationSeconds: limits.maxSeconds,
        maxParallelAgents: limits.workers,
        configSnapshot: { limits },
      })
      .returning();
    if (!session) throw new Error("the session was not recorded");
    await tx
      .insert(schema.sessionEvents)
      .values({ sessionId: session.id, eventType: "started", message: "session started", payload: { limits } });
    return { session, created: true };
  });
}

/** A status change of the session, with its event; an ending also records when and why. */
export async function setSessionStatus(
  db: Db,
  sessionId: string,
  status: SessionStatus,
  event: { type: string; message: string; endReason?: SessionEndReason },
): Promise<void> {
  await db.transaction(async (tx) => {
    const ending = status === "completed" || status === "failed" || status === "cancelled";
    await tx
      .update(schema.applicationSessions)
      .set({ status, updatedAt: new Date(), ...(ending ? { endDatetime: new Date() } : {}) })
      .where(eq(schema.applicationSessions.id, sessionId));
    await tx.insert(schema.sessionEvents).values({
      sessionId,
      eventType: event.type,
      message: event.message.slice(0, 1000),
      payload: event.endReason ? { endReason: event.endReason } : null,
    });
  });
}

/** The session's latest event of a kind that says why it is where it is (paused, ended). */
export async function latestReason(
  db: Db,
  sessionId: string,
): Promise<{ message: string | null; endReason: SessionEndReason | null } | undefined> {
  const [row] = await db
    .select({ message: schema.sessionEvents.message, payload: schema.sessionEvents.payload })
    .from(schema.sessionEvents)
    .where(
      and(
        eq(schema.sessionEvents.sessionId, sessionId),
        inArray(schema.sessionEvents.eventType, ["paused", "resumed", "ended", "started"]),
      ),
    )
    .orderBy(desc(schema.sessionEvents.createdAt))
    .limit(1);
  if (!row) return undefined;
  const endReason = (row.payload as { endReason?: SessionEndReason } | null)?.endReason ?? null;
  return { message: row.message, endReason };
}

/** Keeps the session row's totals current from the records (they are derived, never counted by hand). */
export async function refreshTotals(db: Db, sessionId: string): Promise<void> {
  await db.execute(sql`
    with apps as (
      select distinct a.id, a.application_status, a.effort_level
        from applications a join application_events e on e.application_id = a.id
       where e.session_id = ${sessionId} and e.event_type = 'dispatched'),
    usage as (
      select coalesce(sum(m.tokens_input), 0) as tin, coalesce(sum(m.tokens_output), 0) as tout,
             coalesce(sum(m.cost_estimated), 0) as cost
        from model_usage m where m.application_id in (select id from apps))
    update application_sessions s set
      total_applications_attempted = (select count(*) from apps),
      total_applications_successful = (select count(*) from apps where application_status = 'submitted'),
      num_low_effort = (select count(*) from apps where effort_level = 'low'),
      num_medium_effort = (select count(*) from apps where effort_level = 'medium'),
      num_high_effort = (select count(*) from apps where effort_level = 'high'),
      total_tokens_input = (select tin from usage),
      total_tokens_output = (select tout from usage),
      total_cost_estimated = (select cost from usage),
      updated_at = now()
    where s.id = ${sessionId}`);
}
