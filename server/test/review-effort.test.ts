import { DRIVERS } from "@nyx/db/testing";
import { EffortChangeResult, ErrorBody, HuntResult, ReviewQueue } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readOwner } from "../src/owner.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { REVIEW_POSTINGS } from "./review-postings.ts";
import { createTestApp, type TestApp } from "./support.ts";
import { SPECS, seedApplication, seedUser } from "./tracker-seed.ts";

/**
 * The review queue's effort and company tier: the person changes the effort of a job waiting for
 * them (or queued), only their own, only before it is applied to; bad input changes nothing.
 */
describe.each(DRIVERS)("the effort of an application on %s", (driver) => {
  let s: TestApp;
  const reviewIds: string[] = [];
  let submittedId = "";
  let strangerId = "";

  const queue = async () => {
    const response = await s.call("/api/review-queue");
    expect(response.status).toBe(200);
    return ReviewQueue.parse(await response.json()).items;
  };
  const change = (id: string, json: unknown) => s.call(`/api/applications/${id}/effort`, { method: "POST", json });
  const efforts = async () => {
    const { rows } = await s.t.database.db.execute<{ id: string; effort: string; source: string | null }>(
      sql`select id, effort_level as effort, effort_hint_source as source from applications order by id`,
    );
    return rows;
  };
  const effortEvents = async (id: string) => {
    const { rows } = await s.t.database.db.execute<{ detail: string; payload: unknown }>(
      sql`select event_detail as detail, payload from application_events
          where application_id = ${id} and event_type = 'effort_changed' order by created_at`,
    );
    return rows;
  };

  beforeAll(async () => {
    s = await createTestApp({ driver });
    const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
    expect(imported.status).toBe(201);
    for (const p of REVIEW_POSTINGS) {
      const result = HuntResult.parse(
        await (await s.call("/api/jobs", { method: "POST", json: { url: p.url, html: p.html } })).json(),
      );
      expect(result.decision, p.title).toBe("review");
      reviewIds.push(result.application.id);
    }
    const owner = readOwner(s.dataDir)?.userId;
    if (!owner) throw new Error("no owner");
    const base = SPECS[0];
    if (!base) throw new Error("no seed spec");
    submittedId = await seedApplication(s.t.database.db, owner, { ...base, key: "sent", status: "submitted" });
    const stranger = await seedUser(s.t.database.db, "grace.hopper@example.com");
    strangerId = await seedApplication(s.t.database.db, stranger, { ...base, key: "stranger", status: "paused" });
  });
  afterAll(() => s.dispose());

  it("lists each waiting job's company tier: normal, then as the person's settings name it", async () => {
    const [first, second] = REVIEW_POSTINGS;
    if (!first || !second) throw new Error("two review postings expected");
    expect((await queue()).map((i) => i.companyTier)).toEqual(REVIEW_POSTINGS.map(() => "normal"));
    const put = await s.call("/api/settings", {
      method: "PUT",
      json: { companyTiers: { top: [first.company.toUpperCase()], avoid: [second.company] } },
    });
    expect(put.status).toBe(200);
    const items = await queue();
    expect(items.find((i) => i.job.company === first.company)?.companyTier).toBe("top");
    expect(items.find((i) => i.job.company === second.company)?.companyTier).toBe("avoid");
  });

  it("changes the effort of a waiting job: recorded as the person's choice, with an event, shown in the queue", async () => {
    const id = reviewIds[0] as string;
    const before = (await queue()).find((i) => i.applicationId === id);
    const next = before?.effort.level === "high" ? "low" : "high";
    const response = await change(id, { effort: next });
    expect(response.status).toBe(200);
    expect(EffortChangeResult.parse(await response.json())).toEqual({
      applicationId: id,
      effort: next,
      previous: before?.effort.level,
    });
    const after = (await queue()).find((i) => i.applicationId === id);
    expect(after?.effort).toEqual({ level: next, reason: "chosen by you" });
    expect((await efforts()).find((r) => r.id === id)).toMatchObject({ effort: next, source: "user" });
    const events = await effortEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toEqual({ from: before?.effort.level, to: next });
    // The others keep theirs.
    for (const other of reviewIds.slice(1)) {
      expect((await efforts()).find((r) => r.id === other)?.source).toBe("auto");
    }
  });

  it.each([
    ["an unknown level", { effort: "extreme" }, 400, /effort/],
    ["no level", {}, 400, /effort/],
    ["an extra field", { effort: "low", force: true }, 400, /force/],
    ["a number", { effort: 2 }, 400, /effort/],
  ])("refuses %s with 400, changing nothing", async (_, body, status, named) => {
    const before = await efforts();
    const response = await change(reviewIds[1] as string, body);
    expect(response.status).toBe(status);
    const error = ErrorBody.parse(await response.json());
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(named);
    expect(await efforts()).toEqual(before);
  });

  it("refuses a body that is not JSON, and an id that is not a uuid, with 400", async () => {
    const before = await efforts();
    const broken = await s.call(`/api/applications/${reviewIds[1]}/effort`, {
      method: "POST",
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect((await change("not-a-uuid", { effort: "low" })).status).toBe(400);
    expect(await efforts()).toEqual(before);
  });

  it("answers 404 for an unknown application and for somebody else's, changing nothing", async () => {
    const before = await efforts();
    for (const id of ["0f0f0f0f-0000-4000-8000-000000000001", strangerId]) {
      const response = await change(id, { effort: "low" });
      expect(response.status).toBe(404);
      expect(ErrorBody.parse(await response.json()).message).toContain(id);
    }
    expect(await efforts()).toEqual(before);
    expect(await effortEvents(strangerId)).toEqual([]);
  });

  it("answers 409 for an application already applied to, changing nothing", async () => {
    const before = await efforts();
    const response = await change(submittedId, { effort: "low" });
    expect(response.status).toBe(409);
    expect(ErrorBody.parse(await response.json()).message).toMatch(/submitted.*before it is applied to/);
    expect(await efforts()).toEqual(before);
  });

  it("changes the effort of an approved (queued) job too", async () => {
    const id = reviewIds[1] as string;
    const approved = await s.call("/api/review-queue/decide", {
      method: "POST",
      json: { ids: [id], action: "approve" },
    });
    expect(approved.status).toBe(200);
    const response = await change(id, { effort: "low" });
    expect(response.status).toBe(200);
    expect((await efforts()).find((r) => r.id === id)).toMatchObject({ effort: "low", source: "user" });
  });
});
