import type { Db } from "@nyx/db";
import { STATS_MAX_DAYS, type Stats, type StatsQuery } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { invalidInput } from "./invalid.ts";
import { todayIn, userTimeZone } from "./scope.ts";
import { endOfDay, startOfDay } from "./sql-parts.ts";
import { responseRates } from "./stats-rates.ts";

const DEFAULT_DAYS = 30;
const DEFAULT_TOP = 10;
const BUCKETS = 10;

/**
 * The Stats charts over a range of days in the person's time zone: applications created and
 * submitted per day, by status, by effort, the match-score distribution, response/interview/offer
 * rates, and model cost per day. Every count comes from the recorded rows, so the buckets of a
 * chart add up to its total.
 */
export async function applicationStats(db: Db, userId: string, query: StatsQuery, now = new Date()): Promise<Stats> {
  const timeZone = await userTimeZone(db, userId);
  const to = query.to ?? (query.from ? addDays(query.from, DEFAULT_DAYS - 1) : todayIn(timeZone, now));
  const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  if (from > to) throw invalidInput("from", "from is after to");
  if (daysBetween(from, to) >= STATS_MAX_DAYS) throw invalidInput("from", `at most ${STATS_MAX_DAYS} days at once`);
  const lo = startOfDay(from, timeZone);
  const hi = endOfDay(to, timeZone);
  const local = (column: string) => sql`(${sql.identifier(column)} at time zone ${timeZone})::date`;

  const usageOfPerson = sql`(model_usage.application_id in (select id from applications where user_id = ${userId})
    or model_usage.session_id in (select id from application_sessions where user_id = ${userId}))`;
  const days = await db.execute<{
    date: string;
    applications: number;
    submitted: number;
    cost: number;
    tokens_in: number;
    tokens_out: number;
    calls: number;
  }>(sql`
    with days as (select d::date as day from generate_series(${from}::date, ${to}::date, interval '1 day') as d),
    created as (
      select ${local("created_at")} as day, count(*)::int as n from applications
       where user_id = ${userId} and created_at >= ${lo} and created_at < ${hi} group by 1),
    sent as (
      select ${local("application_submitted_at")} as day, count(*)::int as n from applications
       where user_id = ${userId} and application_status = 'submitted'
         and application_submitted_at >= ${lo} and application_submitted_at < ${hi} group by 1),
    spent as (
      select ${local("created_at")} as day, sum(cost_estimated) as cost, sum(tokens_input) as tokens_in,
             sum(tokens_output) as tokens_out, count(*) as calls
        from model_usage where ${usageOfPerson} and created_at >= ${lo} and created_at < ${hi} group by 1)
    select days.day::text as date, coalesce(created.n, 0)::int as applications, coalesce(sent.n, 0)::int as submitted,
           coalesce(spent.cost, 0)::float8 as cost, coalesce(spent.tokens_in, 0)::float8 as tokens_in,
           coalesce(spent.tokens_out, 0)::float8 as tokens_out, coalesce(spent.calls, 0)::int as calls
      from days left join created using (day) left join sent using (day) left join spent using (day)
     order by days.day`);
  const groups = await db.execute<{ status: string | null; effort: string; bucket: number | null; n: number }>(sql`
    select application_status as status, effort_level as effort,
           (case when match_score is not null then least(width_bucket(match_score, 0, 1, ${BUCKETS}), ${BUCKETS}) end)::int
             as bucket, count(*)::int as n
      from applications where user_id = ${userId} and created_at >= ${lo} and created_at < ${hi}
     group by 1, 2, 3`);

  const perDay = days.rows.map((d) => ({
    date: d.date,
    applications: d.applications,
    submitted: d.submitted,
    cost: d.cost,
  }));
  const sumBy = <K extends string>(key: (g: (typeof groups.rows)[number]) => K) => {
    const totals = new Map<K, number>();
    for (const g of groups.rows) totals.set(key(g), (totals.get(key(g)) ?? 0) + g.n);
    return totals;
  };
  const submittedByEffort = new Map<string, number>();
  for (const g of groups.rows.filter((x) => x.status === "submitted"))
    submittedByEffort.set(g.effort, (submittedByEffort.get(g.effort) ?? 0) + g.n);
  const buckets = sumBy((g) => (g.bucket === null ? "none" : String(g.bucket)));
  return {
    from,
    to,
    timezone: timeZone,
    totals: {
      applications: perDay.reduce((n, d) => n + d.applications, 0),
      submitted: perDay.reduce((n, d) => n + d.submitted, 0),
      unscored: buckets.get("none") ?? 0,
      costUsd: perDay.reduce((n, d) => n + d.cost, 0),
    },
    perDay,
    byStatus: [...sumBy((g) => g.status ?? "queued")]
      .map(([status, count]) => ({ status, count }))
      .sort((x, y) => y.count - x.count || x.status.localeCompare(y.status)),
    byEffort: ["low", "medium", "high"].map((effort) => ({
      effort,
      applications: sumBy((g) => g.effort).get(effort) ?? 0,
      submitted: submittedByEffort.get(effort) ?? 0,
    })),
    scoreHistogram: Array.from({ length: BUCKETS }, (_, i) => ({
      from: i / BUCKETS,
      to: (i + 1) / BUCKETS,
      count: buckets.get(String(i + 1)) ?? 0,
    })),
    rates: await responseRates(db, userId, { lo, hi }, query.top ?? DEFAULT_TOP),
    costPerDay: days.rows.map((d) => ({
      date: d.date,
      costUsd: d.cost,
      tokensInput: d.tokens_in,
      tokensOutput: d.tokens_out,
      calls: d.calls,
    })),
  };
}

function addDays(day: string, n: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
