import type { Db } from "@nyx/db";
import {
  type SessionLimits,
  type SessionStatus,
  SessionStatus as SessionStatusSchema,
  type SessionView,
  type WaitingForPerson,
  type WorkerSlot,
} from "@nyx/shared";
import { sql } from "drizzle-orm";
import { personDay } from "../queue/person-day.ts";
import { latestReason, type SessionRow } from "./store.ts";

const WAITING_KINDS = new Set<WaitingForPerson["kind"]>([
  "captcha",
  "verification_code",
  "checkpoint",
  "logged_out",
  "needs_person",
  "check_manually",
]);

const iso = (value: Date | string | null | undefined) => (value ? new Date(value).toISOString() : null);

/** The session as the side panel and the CLI show it, read from the records. */
export async function sessionView(
  db: Db,
  session: SessionRow,
  options: { extensionConnected: boolean },
): Promise<SessionView> {
  const day = await personDay(db, session.userId);
  const counts = await db.execute<{
    attempted: number;
    submitted: number;
    failed: number;
    paused: number;
    in_progress: number;
    today: number;
    queued: number;
    tin: number;
    tout: number;
    cost: string;
  }>(sql`
    with apps as (
      select distinct a.id, a.application_status as status
        from applications a join application_events e on e.application_id = a.id
       where e.session_id = ${session.id} and e.event_type = 'dispatched')
    select
      (select count(*)::int from apps) as attempted,
      (select count(*)::int from apps where status = 'submitted') as submitted,
      (select count(*)::int from apps where status = 'failed') as failed,
      (select count(*)::int from apps where status = 'paused') as paused,
      (select count(*)::int from apps where status = 'in_progress') as in_progress,
      (select count(distinct e.application_id)::int from application_events e join applications a on a.id = e.application_id
        where a.user_id = ${session.userId} and e.event_type = 'dispatched' and e.created_at >= ${day.dayStart.toISOString()}) as today,
      (select count(*)::int from applications where user_id = ${session.userId} and application_status = 'queued') as queued,
      (select coalesce(sum(tokens_input), 0)::int from model_usage where application_id in (select id from apps)) as tin,
      (select coalesce(sum(tokens_output), 0)::int from model_usage where application_id in (select id from apps)) as tout,
      (select coalesce(sum(cost_estimated), 0)::text from model_usage where application_id in (select id from apps)) as cost`);
  const c = counts.rows[0];
  const people = await db.execute<{
    id: string;
    status: string;
    code: string | null;
    title: string | null;
    company: string | null;
    domain: string | null;
    started: string | null;
    changed: string | null;
    reason: string | null;
    step: string | null;
  }>(sql`
    select a.id, a.application_status as status, a.failure_reason_code as code, j.job_title as title,
           co.name as company, a.domain_name as domain, a.application_started_at::text as started,
           (select h.changed_at::text from application_status_history h where h.application_id = a.id
             order by h.changed_at desc limit 1) as changed,
           (select h.reason from application_status_history h where h.application_id = a.id
             order by h.changed_at desc limit 1) as reason,
           (select 'step ' || (max(s.step_index) + 2) from application_steps s
             where s.application_id = a.id and s.timestamp_start >= a.application_started_at) as step
      from applications a
      join job_posts j on j.id = a.job_post_id
      left join companies co on co.id = j.company_id
     where a.session_id = ${session.id} and a.application_status in ('in_progress', 'paused')
     order by a.application_started_at`);
  const workers: WorkerSlot[] = [];
  const waiting: WaitingForPerson[] = [];
  for (const r of people.rows) {
    if (r.status === "in_progress")
      workers.push({
        applicationId: r.id,
        jobTitle: r.title,
        company: r.company,
        domain: r.domain,
        since: iso(r.started) ?? new Date().toISOString(),
        doing: r.step,
      });
    else if (r.code && WAITING_KINDS.has(r.code as WaitingForPerson["kind"]))
      waiting.push({
        applicationId: r.id,
        kind: r.code as WaitingForPerson["kind"],
        jobTitle: r.title,
        company: r.company,
        detail: r.reason,
        since: iso(r.changed) ?? new Date().toISOString(),
      });
  }
  const why = await latestReason(db, session.id);
  const snapshot = (session.configSnapshot as { limits?: SessionLimits } | null)?.limits;
  const status: SessionStatus = SessionStatusSchema.catch("planned").parse(session.status);
  return {
    id: session.id,
    status,
    startedAt: iso(session.startDatetime) ?? new Date().toISOString(),
    endedAt: iso(session.endDatetime),
    reason: status === "running" ? null : (why?.message ?? null),
    endReason: why?.endReason ?? null,
    limits: {
      maxApplications: snapshot?.maxApplications ?? session.maxApplications ?? 200,
      maxSeconds: snapshot?.maxSeconds ?? session.maxDurationSeconds ?? 7200,
      maxDaily: snapshot?.maxDaily ?? 300,
      workers: snapshot?.workers ?? session.maxParallelAgents ?? 5,
      appDelaySeconds: snapshot?.appDelaySeconds ?? { min: 30, max: 180 },
    },
    counts: {
      attempted: c?.attempted ?? 0,
      submitted: c?.submitted ?? 0,
      failed: c?.failed ?? 0,
      paused: c?.paused ?? 0,
      inProgress: c?.in_progress ?? 0,
      today: c?.today ?? 0,
      queued: c?.queued ?? 0,
    },
    tokensInput: c?.tin ?? 0,
    tokensOutput: c?.tout ?? 0,
    costUsd: Number(c?.cost ?? 0),
    workers,
    waiting,
    extensionConnected: options.extensionConnected,
  };
}
