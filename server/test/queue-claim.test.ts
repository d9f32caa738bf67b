import { DRIVERS } from "@nyx/db/testing";
import { DEFAULT_SETTINGS } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordOutcome } from "../src/apply/progress.ts";
import { startApplying } from "../src/apply/target.ts";
import { readOwner } from "../src/owner.ts";
import { type ClaimResult, claimNext } from "../src/queue/claim.ts";
import { blockDomain } from "../src/queue/domain-policy.ts";
import { personDay } from "../src/queue/person-day.ts";
import { reapExpiredLeases } from "../src/queue/retry.ts";
import type { RunLimits } from "../src/sessions/limits.ts";
import { createSession } from "../src/sessions/store.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp, type TestApp } from "./support.ts";

const LIMITS: RunLimits = {
  maxApplications: 200,
  maxSeconds: 7200,
  maxDaily: 300,
  workers: 5,
  appDelaySeconds: { min: 0, max: 0 },
  randomPause: { probability: 0, minSeconds: 0, maxSeconds: 0 },
};
const QUEUE = { leaseSeconds: 60, maxAttempts: 2, retryBaseSeconds: 30 };

describe.each(DRIVERS)("the work queue (%s)", (driver) => {
  let s: TestApp;
  let userId: string;
  let serial = 0;
  const db = () => s.t.database.db;
  const queueJob = async (host: string) => {
    serial += 1;
    const response = await s.call("/api/applications", {
      method: "POST",
      json: { url: `https://${host}/jobs/${serial}-engineer` },
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { applicationId: string }).applicationId;
  };
  const session = async (limits: Partial<RunLimits> = {}) =>
    (await createSession(db(), userId, { ...LIMITS, ...limits })).session.id;
  const endSessions = () => db().execute(sql`update application_sessions set status = 'completed'`);
  const claim = (sessionId: string, limits: Partial<RunLimits> = {}) =>
    claimNext(db(), { userId, sessionId, limits: { ...LIMITS, ...limits }, leaseSeconds: 60 });
  const claimed = (results: ClaimResult[]) => results.filter((r) => r.kind === "claimed");
  const status = async (id: string) =>
    (
      await db().execute<{ status: string; code: string | null }>(
        sql`select application_status as status, failure_reason_code as code from applications where id = ${id}`,
      )
    ).rows[0];
  /** Every queued application leaves the queue (cancelled), so each test starts from an empty queue. */
  const clearQueue = () =>
    db().execute(
      sql`update applications set application_status = 'cancelled' where application_status in ('queued', 'in_progress')`,
    );

  beforeAll(async () => {
    s = await createTestApp({ driver });
    expect(
      (await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } })).status,
    ).toBe(201);
    userId = readOwner(s.dataDir)?.userId ?? "";
  });
  afterAll(async () => s?.dispose());

  it("hands out the oldest queued application once, under a lease with its first attempt", async () => {
    await clearQueue();
    const first = await queueJob("jobs.alpha-example.com");
    await queueJob("jobs.beta-example.com");
    const id = await session();
    const result = await claim(id);
    expect(result).toMatchObject({ kind: "claimed", target: { applicationId: first, attempt: 1 } });
    expect(await status(first)).toMatchObject({ status: "in_progress" });
    const events = await db().execute<{ session_id: string }>(
      sql`select session_id from application_events where application_id = ${first} and event_type = 'dispatched'`,
    );
    expect(events.rows).toEqual([{ session_id: id }]);
    await endSessions();
  });

  it("never exceeds a domain's daily cap, with five claimers racing", async () => {
    await clearQueue();
    await db().execute(
      sql`insert into domain_policies (domain_name, max_applications_per_day, min_seconds_between_applications, max_concurrent_applications)
          values ('race-example.com', 2, 0, 5)`,
    );
    for (let i = 0; i < 6; i++) await queueJob(`careers.race-example.com`);
    const id = await session();
    const results = await Promise.all(Array.from({ length: 5 }, () => claim(id)));
    expect(claimed(results)).toHaveLength(2);
    expect(results.filter((r) => r.kind === "wait")).toHaveLength(3);
    const day = await personDay(db(), userId);
    const counted = await db().execute<{ n: number }>(
      sql`select applications_attempted as n from domain_rate_limits where domain_name = 'race-example.com' and date = ${day.today}`,
    );
    expect(counted.rows[0]?.n).toBe(2);
    await endSessions();
  });

  it("keeps a domain's spacing and concurrency, and its block after a rate-limit signal", async () => {
    await clearQueue();
    await db().execute(
      sql`insert into domain_policies (domain_name, max_applications_per_day, min_seconds_between_applications, max_concurrent_applications)
          values ('spaced-example.com', 50, 120, 1)`,
    );
    await queueJob("spaced-example.com");
    await queueJob("spaced-example.com");
    const id = await session();
    expect((await claim(id)).kind).toBe("claimed");
    const second = await claim(id);
    expect(second.kind).toBe("wait");
    if (second.kind === "wait") {
      expect(second.why).toMatch(/120 s between/);
      expect(second.retryAt.getTime()).toBeGreaterThan(Date.now() + 100_000);
    }
    await clearQueue();
    const blocked = await queueJob("apply.blocked-example.com");
    const day = await personDay(db(), userId);
    await blockDomain(
      db(),
      "blocked-example.com",
      day.today,
      new Date(Date.now() + 3_600_000),
      "too many applications",
    );
    const verdict = await claim(id);
    expect(verdict).toMatchObject({ kind: "wait" });
    expect(await status(blocked)).toMatchObject({ status: "queued" });
    await endSessions();
  });

  it("stops at the session's number of applications, and at the day's cap across sessions", async () => {
    await clearQueue();
    for (let i = 0; i < 5; i++) await queueJob(`jobs.cap${i}-example.com`);
    const first = await session({ maxApplications: 2 });
    const results = [await claim(first, { maxApplications: 2 }), await claim(first, { maxApplications: 2 })];
    expect(claimed(results)).toHaveLength(2);
    expect(await claim(first, { maxApplications: 2 })).toEqual({ kind: "limit", reason: "max_applications" });
    await endSessions();
    const today = await db().execute<{ n: number }>(sql`
      select count(distinct e.application_id)::int as n from application_events e
       where e.event_type = 'dispatched' and e.created_at >= ${(await personDay(db(), userId)).dayStart.toISOString()}`);
    const cap = (today.rows[0]?.n ?? 0) + 1;
    const second = await session();
    expect((await claim(second, { maxDaily: cap })).kind).toBe("claimed");
    expect(await claim(second, { maxDaily: cap })).toEqual({ kind: "limit", reason: "daily_cap" });
    await endSessions();
  });

  it("takes back a silent worker's application: a retry after a backoff, then failed; never after a submit intent", async () => {
    await clearQueue();
    const silent = await queueJob("jobs.silent-example.com");
    const intended = await queueJob("jobs.intended-example.com");
    const first = await startApplying(db(), userId, silent, { leaseSeconds: 1 });
    await startApplying(db(), userId, intended, { leaseSeconds: 1 });
    await recordOutcome(db(), intended, { outcome: "submit_intent", pageUrl: "https://x.test/", attempt: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1300));
    expect((await reapExpiredLeases(db(), QUEUE)).sort()).toEqual([silent, intended].sort());
    expect(await status(silent)).toMatchObject({ status: "queued", code: "lease_expired" });
    expect(await status(intended)).toMatchObject({ status: "paused", code: "check_manually" });
    const id = await session();
    const waiting = await claim(id);
    expect(waiting.kind).toBe("wait");
    await db().execute(
      sql`update nyx_runtime.application_leases set not_before = now() where application_id = ${silent}`,
    );
    const again = await claim(id);
    expect(again).toMatchObject({ kind: "claimed", target: { applicationId: silent, attempt: first.attempt + 1 } });
    await db().execute(
      sql`update nyx_runtime.application_leases set leased_until = now() - interval '1 second' where application_id = ${silent}`,
    );
    await reapExpiredLeases(db(), QUEUE);
    expect(await status(silent)).toMatchObject({ status: "failed", code: "timeout" });
    expect((await claim(id)).kind).toBe("empty");
    await endSessions();
  });

  it("retries a closed tab, and a rate limit blocks the domain without using up an attempt", async () => {
    await clearQueue();
    const closed = await queueJob("jobs.closed-example.com");
    await startApplying(db(), userId, closed, { leaseSeconds: 60 });
    await recordOutcome(db(), closed, { outcome: "failed", code: "tab_closed", detail: "the tab was closed" }, QUEUE);
    expect(await status(closed)).toMatchObject({ status: "queued", code: "tab_closed" });
    const limited = await queueJob("www.limited-example.com");
    await startApplying(db(), userId, limited, { leaseSeconds: 60 });
    await recordOutcome(
      db(),
      limited,
      { outcome: "failed", code: "rate_limited", detail: "You have exceeded the daily application limit" },
      { ...DEFAULT_SETTINGS.queue, maxAttempts: 1 },
    );
    expect(await status(limited)).toMatchObject({ status: "queued", code: "rate_limited" });
    const block = await db().execute<{ blocked: boolean }>(
      sql`select is_temporarily_blocked as blocked from domain_rate_limits where domain_name = 'limited-example.com'`,
    );
    expect(block.rows[0]?.blocked).toBe(true);
  });
});
