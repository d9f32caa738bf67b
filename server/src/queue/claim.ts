import type { Db } from "@nyx/db";
import type { ApplyTarget, SessionLimits } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { applyAddress, beginAttempt } from "../apply/target.ts";
import { countDomainStart, domainAllows } from "./domain-policy.ts";
import { personDay } from "./person-day.ts";

export type ClaimResult =
  | { kind: "claimed"; target: ApplyTarget; domain: string | null }
  /** Work is queued but may not start yet (a retry's backoff, a domain's spacing, cap or block). */
  | { kind: "wait"; retryAt: Date; why: string }
  | { kind: "empty" }
  | { kind: "limit"; reason: "max_applications" | "daily_cap" };

/** Key of the per-person advisory lock: claims of one person are taken one at a time, on every server. */
const CLAIM_LOCK = "nyx-claim:";
const CANDIDATES = 25;
const LATER = 60_000;

/**
 * Takes the next queued application for a session: under the person's claim lock (so five tabs,
 * or several servers, never exceed a limit between a count and a start), the session's and the
 * day's counts are read from the records, queued applications are locked with
 * `FOR UPDATE SKIP LOCKED` oldest first, and the first whose domain allows a start now is handed
 * over under a new lease.
 */
export async function claimNext(
  db: Db,
  input: { userId: string; sessionId: string; limits: SessionLimits; leaseSeconds: number },
): Promise<ClaimResult> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${CLAIM_LOCK + input.userId}))`);
    const day = await personDay(tx, input.userId);
    const counts = await tx.execute<{ session: number; today: number }>(sql`
      select
        (select count(distinct application_id)::int from application_events
          where session_id = ${input.sessionId} and event_type = 'dispatched') as session,
        (select count(distinct e.application_id)::int from application_events e
           join applications a on a.id = e.application_id
          where a.user_id = ${input.userId} and e.event_type = 'dispatched'
            and e.created_at >= ${day.dayStart.toISOString()}) as today`);
    const atSessionLimit = (counts.rows[0]?.session ?? 0) >= input.limits.maxApplications;
    const atDailyCap = (counts.rows[0]?.today ?? 0) >= input.limits.maxDaily;
    // At a limit, only a retry of an application the limit has already counted may still start.
    const counted = sql`and ${atSessionLimit ? sql`exists (select 1 from application_events c where c.application_id = a.id and c.event_type = 'dispatched' and c.session_id = ${input.sessionId})` : sql`true`}
      and ${atDailyCap ? sql`exists (select 1 from application_events c where c.application_id = a.id and c.event_type = 'dispatched' and c.created_at >= ${day.dayStart.toISOString()})` : sql`true`}`;
    const limit: ClaimResult | undefined = atSessionLimit
      ? { kind: "limit", reason: "max_applications" }
      : atDailyCap
        ? { kind: "limit", reason: "daily_cap" }
        : undefined;

    const candidates = await tx.execute<{ id: string; domain: string | null }>(sql`
      select a.id, a.domain_name as domain
        from applications a
        left join nyx_runtime.application_leases l on l.application_id = a.id
       where a.user_id = ${input.userId} and a.application_status = 'queued'
         and (l.not_before is null or l.not_before <= now()) ${counted}
       order by a.created_at, a.id
       limit ${CANDIDATES}
         for update of a skip locked`);
    let soonest: { at: Date; why: string } | undefined;
    const later = (at: Date | null, why: string) => {
      const when = at ?? new Date(Date.now() + LATER);
      if (!soonest || when < soonest.at) soonest = { at: when, why };
    };
    for (const candidate of candidates.rows) {
      let key: string | null = null;
      if (candidate.domain) {
        const verdict = await domainAllows(tx, { userId: input.userId, domain: candidate.domain, ...day });
        if (!verdict.ok) {
          later(verdict.retryAt, verdict.why);
          continue;
        }
        key = verdict.key;
      }
      const address = await applyAddress(tx, input.userId, candidate.id);
      const attempt = await beginAttempt(tx, input.userId, address, {
        leaseSeconds: input.leaseSeconds,
        sessionId: input.sessionId,
        reason: "handed to a worker tab by the session",
      });
      if (key) await countDomainStart(tx, key, day.today);
      return { kind: "claimed", target: { ...address, attempt }, domain: candidate.domain };
    }
    if (soonest) return { kind: "wait", retryAt: soonest.at, why: soonest.why };
    const backoff = await tx.execute<{ at: number | null; n: number }>(sql`
      select extract(epoch from min(l.not_before))::float8 as at, count(*)::int as n
        from applications a join nyx_runtime.application_leases l on l.application_id = a.id
       where a.user_id = ${input.userId} and a.application_status = 'queued' and l.not_before > now() ${counted}`);
    const waiting = backoff.rows[0];
    if (waiting && waiting.n > 0 && waiting.at !== null)
      return { kind: "wait", retryAt: new Date(Number(waiting.at) * 1000), why: "a retry waits for its backoff" };
    if (limit) return limit;
    if (candidates.rows.length === 0) {
      // Locked by another claimer right now, or nothing queued at all.
      const queued = await tx.execute<{ n: number }>(sql`
        select count(*)::int as n from applications where user_id = ${input.userId} and application_status = 'queued'`);
      if ((queued.rows[0]?.n ?? 0) > 0) return { kind: "wait", retryAt: new Date(Date.now() + 500), why: "busy" };
    }
    return { kind: "empty" };
  });
}
