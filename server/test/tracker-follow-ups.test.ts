import { schema } from "@nyx/db";
import { DRIVERS } from "@nyx/db/testing";
import { ErrorBody, FollowUpList } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dueFollowUps, recordFollowUpReminders } from "../src/tracker/follow-ups.ts";
import type { TestApp } from "./support.ts";
import { type SeedSpec, seedApplication, trackerApp } from "./tracker-seed.ts";

const DAY = 86_400_000;

describe.each(DRIVERS)("follow-up reminders (%s)", (driver) => {
  let s: TestApp;
  let userId = "";
  const ids: Record<string, string> = {};
  const now = new Date();
  const daysAgo = (n: number) => new Date(now.getTime() - n * DAY).toISOString();
  const submitted = (key: string, days: number): SeedSpec => ({
    key,
    title: `Data Engineer ${key}`,
    company: "Helvetia Analytics",
    effort: "medium",
    score: 0.6,
    status: "submitted",
    createdAt: daysAgo(days + 0.01),
    submittedAt: daysAgo(days),
  });
  const list = async (query = "") => {
    const response = await s.call(`/api/follow-ups${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return FollowUpList.parse(await response.json());
  };
  const reminders = async () =>
    (
      await s.t.database.db.execute<{ id: string; n: number }>(
        sql`select application_id as id, count(*)::int as n from application_events
             where event_type = 'follow_up_reminder' group by application_id order by application_id`,
      )
    ).rows;

  beforeAll(async () => {
    const made = await trackerApp(driver, submitted("stranger", 30));
    s = made.s;
    userId = made.userId;
    ids.stranger = made.strangerId;
    const db = s.t.database.db;
    ids.waiting12 = await seedApplication(db, userId, submitted("waiting12", 12));
    ids.waiting9 = await seedApplication(db, userId, submitted("waiting9", 9));
    ids.rejected = await seedApplication(db, userId, submitted("rejected", 20));
    ids.withdrawn = await seedApplication(db, userId, submitted("withdrawn", 20));
    ids.interviewed = await seedApplication(db, userId, submitted("interviewed", 15));
    const { submittedAt: _, ...neverSent } = submitted("failed", 30);
    ids.failed = await seedApplication(db, userId, { ...neverSent, status: "failed" });
    for (const [key, outcome] of [
      ["rejected", "rejected"],
      ["withdrawn", "withdrawn"],
    ] as const) {
      const response = await s.call(`/api/applications/${ids[key]}/response`, { method: "POST", json: { outcome } });
      expect(response.status).toBe(201);
    }
    // An interview row with no outcome row (as another tool might record it) is a response too.
    await db.insert(schema.interviews).values({ applicationId: String(ids.interviewed), interviewType: "hr" });
  });
  afterAll(() => s?.dispose());

  it("lists submitted applications without any response after N days, longest waiting first", async () => {
    const due = await dueFollowUps(s.t.database.db, userId, { days: 10, now });
    expect(due).toEqual([
      {
        applicationId: ids.waiting12,
        jobTitle: "Data Engineer waiting12",
        company: "Helvetia Analytics",
        url: expect.stringMatching(/^https:\/\/careers\.helvetiaanalytics\.example\/jobs\//),
        submittedAt: daysAgo(12),
        daysWaiting: 12,
      },
    ]);
    expect((await dueFollowUps(s.t.database.db, userId, { days: 5, now })).map((f) => f.applicationId)).toEqual([
      ids.waiting12,
      ids.waiting9,
    ]);
  });

  it("GET /api/follow-ups uses the followUpDays setting (10 by default) or ?days=", async () => {
    const byDefault = await list();
    expect(byDefault.days).toBe(10);
    expect(byDefault.items.map((f) => f.applicationId)).toEqual([ids.waiting12]);
    expect((await list("?days=5")).items.map((f) => f.applicationId)).toEqual([ids.waiting12, ids.waiting9]);
    expect((await s.call("/api/settings", { method: "PUT", json: { followUpDays: 8 } })).status).toBe(200);
    const eight = await list();
    expect(eight.days).toBe(8);
    expect(eight.items.map((f) => f.applicationId)).toEqual([ids.waiting12, ids.waiting9]);
    expect((await s.call("/api/settings", { method: "PUT", json: { followUpDays: 0 } })).status).toBe(400);
    for (const query of ["?days=0", "?days=soon", "?weeks=2"]) {
      const response = await s.call(`/api/follow-ups${query}`);
      expect(response.status, query).toBe(400);
      expect(ErrorBody.parse(await response.json()).message).toMatch(query.includes("weeks") ? /weeks/ : /days/);
    }
    expect(await reminders()).toEqual([]);
  });

  it("reminds each application once, and only after N days", async () => {
    const db = s.t.database.db;
    const options = { days: 10, channel: "telegram" as const, now };
    const asked = [ids.waiting12, ids.waiting9, ids.rejected, ids.stranger, ids.failed].map(String);
    const first = await recordFollowUpReminders(db, userId, asked, options);
    expect(first.map((f) => f.applicationId)).toEqual([ids.waiting12]);
    expect(await recordFollowUpReminders(db, userId, asked, options)).toEqual([]);
    expect(await dueFollowUps(db, userId, { days: 10, now })).toEqual([]);
    expect((await list("?days=1")).items.map((f) => f.applicationId)).toEqual([ids.waiting9]);

    const later = new Date(now.getTime() + 2 * DAY);
    const [racingA, racingB] = await Promise.all([
      recordFollowUpReminders(db, userId, [String(ids.waiting9)], { ...options, now: later }),
      recordFollowUpReminders(db, userId, [String(ids.waiting9)], { ...options, channel: "digest", now: later }),
    ]);
    expect([...(racingA ?? []), ...(racingB ?? [])].map((f) => f.applicationId)).toEqual([ids.waiting9]);
    expect(await reminders()).toEqual([ids.waiting12, ids.waiting9].sort().map((id) => ({ id, n: 1 })));
    const event = await db.execute<{ detail: string; payload: { channel: string; daysWaiting: number } }>(
      sql`select event_detail as detail, payload from application_events
           where event_type = 'follow_up_reminder' and application_id = ${ids.waiting12}`,
    );
    expect(event.rows[0]).toMatchObject({ payload: { channel: "telegram", daysWaiting: 12 } });
    expect(event.rows[0]?.detail).toMatch(/no response after 12 days/);
  });
});
