import { type Db, schema } from "@nyx/db";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Tx } from "./lease.ts";

type Reader = Db | Tx;

/** The domain_policies row that governs a domain: its own, else the nearest parent's ("linkedin.com" for "de.linkedin.com"). */
export interface DomainPolicy {
  /** The policy's domain: counts and blocks are kept under it. */
  key: string;
  maxPerDay: number;
  minSecondsBetween: number;
  maxConcurrent: number;
}

export type DomainVerdict = { ok: true; key: string } | { ok: false; key: string; retryAt: Date | null; why: string };

/** Candidate policy names of a host, most specific first. */
export function domainCandidates(domain: string): string[] {
  const parts = domain.toLowerCase().split(".");
  return parts.length < 2 ? [domain] : parts.slice(0, -1).map((_, i) => parts.slice(i).join("."));
}

export async function policyFor(db: Reader, domain: string): Promise<DomainPolicy | undefined> {
  const candidates = domainCandidates(domain);
  const rows = await db
    .select()
    .from(schema.domainPolicies)
    .where(inArray(schema.domainPolicies.domainName, candidates));
  const row = candidates.map((c) => rows.find((r) => r.domainName === c)).find((r) => r !== undefined);
  if (!row) return undefined;
  return {
    key: row.domainName,
    maxPerDay: row.maxApplicationsPerDay ?? 10,
    minSecondsBetween: row.minSecondsBetweenApplications ?? 60,
    maxConcurrent: row.maxConcurrentApplications ?? 1,
  };
}

/** Applications of `userId` on `key` or its subdomains, as an SQL condition on applications.domain_name. */
const onDomain = (key: string) => sql`(a.domain_name = ${key} or a.domain_name like ${`%.${key}`})`;

/**
 * Whether another application may start on `domain` now: not while the domain is blocked after a
 * rate-limit signal, not beyond its daily cap, not sooner than its spacing after the last start,
 * not beyond its concurrency. A domain without a policy is governed only by its blocks. Called
 * inside the claim's transaction, under the per-person claim lock, so racing tabs see each
 * other's starts.
 */
export async function domainAllows(
  db: Reader,
  input: { userId: string; domain: string; dayStart: Date; today: string },
): Promise<DomainVerdict> {
  const policy = await policyFor(db, input.domain);
  const key = policy?.key ?? input.domain.toLowerCase();
  const [block] = await db
    .select({ until: schema.domainRateLimits.blockedUntil })
    .from(schema.domainRateLimits)
    .where(
      and(
        inArray(schema.domainRateLimits.domainName, domainCandidates(input.domain)),
        eq(schema.domainRateLimits.isTemporarilyBlocked, true),
        sql`${schema.domainRateLimits.blockedUntil} > now()`,
      ),
    )
    .orderBy(sql`${schema.domainRateLimits.blockedUntil} desc`)
    .limit(1);
  if (block?.until) return { ok: false, key, retryAt: block.until, why: `${key} is blocked after a rate limit` };
  if (!policy) return { ok: true, key };

  const started = await db.execute<{ today: number }>(sql`
    select count(distinct e.application_id)::int as today
      from application_events e join applications a on a.id = e.application_id
     where e.event_type = 'dispatched' and a.user_id = ${input.userId} and ${onDomain(key)}
       and e.created_at >= ${input.dayStart.toISOString()}`);
  const today = started.rows[0]?.today ?? 0;
  if (today >= policy.maxPerDay)
    return { ok: false, key, retryAt: null, why: `${key}: ${policy.maxPerDay} applications a day reached` };
  const lastRow = await db.execute<{ last: string | null }>(sql`
    select max(e.created_at)::text as last
      from application_events e join applications a on a.id = e.application_id
     where e.event_type = 'dispatched' and a.user_id = ${input.userId} and ${onDomain(key)}`);
  const last = lastRow.rows[0]?.last;
  if (last) {
    const next = new Date(new Date(last).getTime() + policy.minSecondsBetween * 1000);
    if (next.getTime() > Date.now())
      return { ok: false, key, retryAt: next, why: `${key}: ${policy.minSecondsBetween} s between applications` };
  }
  const running = await db.execute<{ n: number }>(sql`
    select count(*)::int as n from applications a
     where a.user_id = ${input.userId} and a.application_status = 'in_progress' and ${onDomain(key)}`);
  if ((running.rows[0]?.n ?? 0) >= policy.maxConcurrent)
    return {
      ok: false,
      key,
      retryAt: new Date(Date.now() + 1000),
      why: `${key}: ${policy.maxConcurrent} at a time`,
    };
  return { ok: true, key };
}

/** One more start on the domain today (domain_rate_limits keeps the per-day counts). */
export async function countDomainStart(db: Reader, key: string, today: string): Promise<void> {
  await db
    .insert(schema.domainRateLimits)
    .values({ domainName: key, date: today, applicationsAttempted: 1 })
    .onConflictDoUpdate({
      target: [schema.domainRateLimits.domainName, schema.domainRateLimits.date],
      set: { applicationsAttempted: sql`coalesce(${schema.domainRateLimits.applicationsAttempted}, 0) + 1` },
    });
}

/** How an attempt on the domain ended, for the per-day counts. */
export async function countDomainOutcome(db: Reader, key: string, today: string, ok: boolean): Promise<void> {
  const column = ok ? schema.domainRateLimits.applicationsSuccessful : schema.domainRateLimits.applicationsFailed;
  await db
    .insert(schema.domainRateLimits)
    .values({ domainName: key, date: today, ...(ok ? { applicationsSuccessful: 1 } : { applicationsFailed: 1 }) })
    .onConflictDoUpdate({
      target: [schema.domainRateLimits.domainName, schema.domainRateLimits.date],
      set: ok
        ? { applicationsSuccessful: sql`coalesce(${column}, 0) + 1` }
        : { applicationsFailed: sql`coalesce(${column}, 0) + 1` },
    });
}

/** A rate-limit signal from the site: no more applications there until `until`. */
export async function blockDomain(
  db: Reader,
  domain: string,
  today: string,
  until: Date,
  note: string,
): Promise<string> {
  const key = (await policyFor(db, domain))?.key ?? domain.toLowerCase();
  await db
    .insert(schema.domainRateLimits)
    .values({
      domainName: key,
      date: today,
      isTemporarilyBlocked: true,
      blockedUntil: until,
      lastBlockTimestamp: new Date(),
      notes: note.slice(0, 500),
    })
    .onConflictDoUpdate({
      target: [schema.domainRateLimits.domainName, schema.domainRateLimits.date],
      set: {
        isTemporarilyBlocked: true,
        blockedUntil: until,
        lastBlockTimestamp: new Date(),
        notes: note.slice(0, 500),
      },
    });
  return key;
}
