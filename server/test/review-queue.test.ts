import { DRIVERS } from "@nyx/db/testing";
import { ErrorBody, HuntResult, type LiveEvent, ReviewDecisionResult, ReviewQueue } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postingCases } from "./postings-fixture.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { REVIEW_POSTINGS } from "./review-postings.ts";
import { createTestApp, type TestApp } from "./support.ts";

describe.each(DRIVERS)("the review queue on %s", (driver) => {
  let s: TestApp;
  const events: LiveEvent[] = [];
  const reviewIds: string[] = [];
  let appliedId = "";

  const queue = async () => {
    const response = await s.call("/api/review-queue");
    expect(response.status).toBe(200);
    return ReviewQueue.parse(await response.json()).items;
  };
  const decide = (json: unknown) => s.call("/api/review-queue/decide", { method: "POST", json });
  const statuses = async () => {
    const { rows } = await s.t.database.db.execute<{ id: string; status: string; code: string | null }>(
      sql`select id, application_status as status, failure_reason_code as code from applications order by id`,
    );
    return rows;
  };
  const statusOf = async (id: string) => (await statuses()).find((r) => r.id === id)?.status;

  beforeAll(async () => {
    s = await createTestApp({ driver });
    s.live.subscribe((event) => events.push(event));
    const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
    expect(imported.status).toBe(201);
    for (const p of REVIEW_POSTINGS) {
      const result = HuntResult.parse(
        await (await s.call("/api/jobs", { method: "POST", json: { url: p.url, html: p.html } })).json(),
      );
      expect(result.decision, p.title).toBe("review");
      reviewIds.push(result.application.id);
    }
    const greenhouse = postingCases().find((c) => c.name === "greenhouse");
    const applied = HuntResult.parse(
      await (
        await s.call("/api/jobs", { method: "POST", json: { url: greenhouse?.url, html: greenhouse?.html } })
      ).json(),
    );
    expect(applied.decision).toBe("apply");
    appliedId = applied.application.id;
  });
  afterAll(() => s.dispose());

  it("publishes every hunt to the live hub", () => {
    const hunts = events.filter((e) => e.type === "hunt");
    expect(hunts.map((e) => e.type === "hunt" && e.result.application.id)).toEqual([...reviewIds, appliedId]);
  });

  it("lists the waiting jobs, best match first, with score, breakdown, reasons and effort", async () => {
    const items = await queue();
    expect(items.map((i) => i.applicationId).sort()).toEqual([...reviewIds].sort());
    const scores = items.map((i) => i.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const item of items) {
      expect(item.score).toBeGreaterThanOrEqual(0.2);
      expect(item.score).toBeLessThanOrEqual(0.5);
      expect(item.breakdown?.reasons.some((r) => /^skills \d+\/\d+/.test(r))).toBe(true);
      expect(item.reason).toMatch(/for the person to review/);
      expect(item.effort.level).toMatch(/^(low|medium|high)$/);
      expect(item.effort.reason).toBeTruthy();
    }
    const sap = items.find((i) => i.job.title === "SAP Basis Administrator");
    expect(sap?.job).toMatchObject({ company: "Alpen Retail", url: REVIEW_POSTINGS[0]?.url });
  });

  it.each([
    ["no ids", { ids: [], action: "approve" }, /ids/],
    ["an id that is not a uuid", { ids: ["42"], action: "approve" }, /ids\.0/],
    ["an unknown action", { ids: ["00000000-0000-4000-8000-000000000000"], action: "apply" }, /action/],
    ["an extra field", { ids: ["00000000-0000-4000-8000-000000000000"], action: "approve", force: true }, /force/],
    [
      "the same id twice",
      { ids: ["00000000-0000-4000-8000-000000000000", "00000000-0000-4000-8000-000000000000"], action: "reject" },
      /once/,
    ],
  ])("refuses %s with 400, changing nothing", async (_, body, named) => {
    const before = await statuses();
    const response = await decide(body);
    expect(response.status).toBe(400);
    const error = ErrorBody.parse(await response.json());
    expect(error.code).toBe("validation_failed");
    expect(error.message).toMatch(named);
    expect(await statuses()).toEqual(before);
  });

  it("refuses unknown ids with 404 naming them, and changes none of the known ones", async () => {
    const before = await statuses();
    const unknown = "0f0f0f0f-0000-4000-8000-000000000001";
    const response = await decide({ ids: [reviewIds[0], unknown], action: "approve" });
    expect(response.status).toBe(404);
    const error = ErrorBody.parse(await response.json());
    expect(error.message).toContain(unknown);
    expect(error.message).not.toContain(reviewIds[0]);
    expect(await statuses()).toEqual(before);
  });

  it("refuses an application that is not waiting for review with 409, changing nothing", async () => {
    const before = await statuses();
    const response = await decide({ ids: [reviewIds[1], appliedId], action: "reject" });
    expect(response.status).toBe(409);
    expect(ErrorBody.parse(await response.json()).message).toContain(appliedId);
    expect(await statuses()).toEqual(before);
  });

  it("approves two at once: both queued by the person, with history, and published live", async () => {
    const [first, second] = reviewIds;
    events.length = 0;
    const response = await decide({ ids: [first, second], action: "approve" });
    expect(response.status).toBe(200);
    expect(ReviewDecisionResult.parse(await response.json())).toEqual({
      action: "approve",
      applications: [
        { id: first, status: "queued" },
        { id: second, status: "queued" },
      ],
    });
    for (const id of [first, second]) expect(await statusOf(id as string)).toBe("queued");
    const { rows } = await s.t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from application_status_history
          where old_status = 'paused' and new_status = 'queued' and actor = 'user' and reason = 'approved by the person'`,
    );
    expect(rows[0]?.n).toBe(2);
    expect(events).toEqual([
      expect.objectContaining({
        type: "application",
        application: expect.objectContaining({ id: first, status: "queued", reason: "approved by the person" }),
      }),
      expect.objectContaining({
        type: "application",
        application: expect.objectContaining({ id: second, status: "queued" }),
      }),
    ]);
    expect((await queue()).map((i) => i.applicationId)).toEqual([reviewIds[2]]);
  });

  it("refuses to decide twice (409), and rejects the last one as skipped", async () => {
    expect((await decide({ ids: [reviewIds[0]], action: "reject" })).status).toBe(409);
    expect(await statusOf(reviewIds[0] as string)).toBe("queued");
    const response = await decide({ ids: [reviewIds[2]], action: "reject" });
    expect(response.status).toBe(200);
    const rows = await statuses();
    expect(rows.find((r) => r.id === reviewIds[2])).toMatchObject({ status: "skipped", code: "rejected_by_person" });
    expect(await queue()).toEqual([]);
  });

  it("needs the token like every /api route", async () => {
    expect((await s.call("/api/review-queue", { headers: { authorization: "" } })).status).toBe(401);
    const write = await s.call("/api/review-queue/decide", {
      method: "POST",
      json: { ids: [reviewIds[0]], action: "reject" },
      headers: { authorization: "" },
    });
    expect(write.status).toBe(401);
  });
});
