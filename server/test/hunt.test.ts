import { DRIVERS } from "@nyx/db/testing";
import { ErrorBody, HuntResult } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postingCases } from "./postings-fixture.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp, type TestApp } from "./support.ts";

describe.each(DRIVERS)("hunting a job on %s", (driver) => {
  let s: TestApp;
  const cases = postingCases();
  const huntCase = async (name: string) => {
    const c = cases.find((x) => x.name === name);
    if (!c) throw new Error(name);
    return s.call("/api/jobs", { method: "POST", json: { url: c.url, html: c.html } });
  };

  beforeAll(async () => {
    s = await createTestApp({ driver });
    const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
    expect(imported.status).toBe(201);
  });
  afterAll(() => s.dispose());

  it("scores, decides and plans every fixture posting, recording the application and its reasons", async () => {
    for (const c of cases) {
      const response = await huntCase(c.name);
      expect(response.status, c.name).toBe(201);
      const result = HuntResult.parse(await response.json());
      expect(result.job.title).toBe(c.expected.title);
      expect(result.score).toBeGreaterThanOrEqual(0);
      expect(result.score).toBeLessThanOrEqual(1);
      expect(result.breakdown.reasons.length).toBeGreaterThan(3);
      expect(result.breakdown.semanticSource).toBe("offline");
    }
    const { rows } = await s.t.database.db.execute<{ apps: number; history: number; events: number }>(sql`select
      (select count(*)::int from applications) as apps,
      (select count(*)::int from application_status_history where old_status is null) as history,
      (select count(*)::int from application_events where event_type = 'match_scored') as events`);
    expect(rows[0]).toEqual({ apps: cases.length, history: cases.length, events: cases.length });
  });

  it("applies to a close match in the person's city", async () => {
    const result = HuntResult.parse(await (await huntCase("greenhouse")).json());
    expect(result.duplicate).toBe(true);
    expect(result).toMatchObject({ decision: "apply", label: "Applying", application: { status: "queued" } });
    expect(result.breakdown.location).toBe(1);
    expect(result.effort.level).toMatch(/low|medium|high/);
  });

  it("chooses the German CV for a German posting", async () => {
    const result = HuntResult.parse(await (await huntCase("german-munich")).json());
    const { rows } = await s.t.database.db.execute<{ resume_key: string }>(
      sql`select r.resume_key from applications a join resumes r on r.id = a.selected_resume_id where a.id = ${result.application.id}`,
    );
    expect(rows[0]?.resume_key).toBe("master_ai_ml_de");
  });

  it("skips an avoid-tier company with that reason", async () => {
    await s.call("/api/settings", {
      method: "PUT",
      json: { companyTiers: { top: [], avoid: ["Brinewood Analytics"] } },
    });
    const lever = cases.find((c) => c.name === "lever");
    const response = await s.call("/api/jobs", {
      method: "POST",
      json: { url: `${lever?.url ?? ""}-copy`, html: lever?.html ?? "" },
    });
    const result = HuntResult.parse(await response.json());
    expect(result).toMatchObject({
      decision: "skip",
      label: "Skipped: avoid-tier company",
      application: { status: "skipped" },
    });
  });

  it("refuses a page with no job, writing nothing", async () => {
    const before = await s.t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from job_posts`);
    const response = await s.call("/api/jobs", {
      method: "POST",
      json: {
        url: "https://blog.example.com/post",
        html: "<html><body><p>Our summer party was great.</p></body></html>",
      },
    });
    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).message).toMatch(/no job/);
    const after = await s.t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from job_posts`);
    expect(after.rows[0]?.n).toBe(before.rows[0]?.n);
  });
});

describe("hunting a job the person queued by its address first", () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp();
    const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
    expect(imported.status).toBe(201);
  });
  afterAll(() => s.dispose());

  it("scores the queued application once, keeps the person's choice, and then answers the recorded result", async () => {
    const [posting] = postingCases();
    if (!posting) throw new Error("no posting fixture");
    const queued = await s.call("/api/applications", { method: "POST", json: { url: posting.url } });
    expect(queued.status).toBe(201);
    const { applicationId } = (await queued.json()) as { applicationId: string };

    const first = await s.call("/api/jobs", { method: "POST", json: { url: posting.url, html: posting.html } });
    expect(first.status).toBeLessThan(300);
    const result = HuntResult.parse(await first.json());
    expect(result.application).toEqual({ id: applicationId, status: "queued" });
    expect(result.job.title).toBe(posting.expected.title);
    expect(result.breakdown.reasons.length).toBeGreaterThan(3);

    const again = HuntResult.parse(
      await (await s.call("/api/jobs", { method: "POST", json: { url: posting.url, html: posting.html } })).json(),
    );
    expect(again).toMatchObject({ duplicate: true, score: result.score, application: { id: applicationId } });
    const { rows } = await s.t.database.db.execute<{ apps: number; scored: number; score: string | null }>(sql`select
      (select count(*)::int from applications) as apps,
      (select count(*)::int from application_events where event_type = 'match_scored') as scored,
      (select match_score::text from applications where id = ${applicationId}) as score`);
    expect(rows[0]).toEqual({ apps: 1, scored: 1, score: result.score.toFixed(3) });
  });
});
