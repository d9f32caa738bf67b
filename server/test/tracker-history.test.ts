import { DRIVERS } from "@nyx/db/testing";
import { ErrorBody, HistoryPage, type HistoryRow, HuntResult } from "@nyx/shared";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postingCases } from "./postings-fixture.ts";
import type { TestApp } from "./support.ts";
import { type SeedSpec, SPECS, seedAll, trackerApp, zurichDay } from "./tracker-seed.ts";

describe.each(DRIVERS)("History: the filtered list and its CSV (%s)", (driver) => {
  let s: TestApp;
  let ids: Record<string, string> = {};
  let strangerId = "";
  let hunted: HuntResult;
  /** The seeded applications and the hunted one, described as the filters see them. */
  let specs: SeedSpec[] = [];

  const page = async (query: string) => {
    const response = await s.call(`/api/applications/history${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return HistoryPage.parse(await response.json());
  };
  const idsOf = (rows: HistoryRow[]) => rows.map((r) => r.id);
  /** The seeded applications a predicate selects, newest first, as the list must return them. */
  const expected = (keep: (spec: SeedSpec) => boolean) =>
    [...specs]
      .filter(keep)
      .sort((x, y) => y.createdAt.localeCompare(x.createdAt))
      .map((spec) => ids[spec.key]);

  beforeAll(async () => {
    const made = await trackerApp(driver, { title: "Senior Data Engineer (not Ada's)" });
    s = made.s;
    strangerId = made.strangerId;
    ids = await seedAll(s.t.database.db, made.userId);
    const greenhouse = postingCases().find((c) => c.name === "greenhouse");
    hunted = HuntResult.parse(
      await (
        await s.call("/api/jobs", { method: "POST", json: { url: greenhouse?.url, html: greenhouse?.html } })
      ).json(),
    );
    ids.hunted = hunted.application.id;
    const [row] = (
      await s.t.database.db.execute<{ at: string; score: number }>(
        sql`select to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as at, match_score::float8 as score
              from applications where id = ${hunted.application.id}`,
      )
    ).rows;
    specs = [
      ...SPECS,
      {
        key: "hunted",
        title: hunted.job.title,
        company: hunted.job.company,
        effort: hunted.effort.level,
        score: row?.score ?? null,
        status: "queued",
        createdAt: row?.at ?? "",
      },
    ];
    expect(hunted.application.status).toBe("queued");
  });
  afterAll(() => s?.dispose());

  it("lists every application of the person, newest first, with company, domain, score, cost and tokens", async () => {
    const all = await page("");
    expect(all.total).toBe(SPECS.length + 1);
    expect(idsOf(all.rows)).toEqual(expected(() => true));
    expect(all.rows[0]?.id).toBe(hunted.application.id);
    expect(idsOf(all.rows)).not.toContain(strangerId);
    const a1 = all.rows.find((r) => r.id === ids.a1);
    expect(a1).toMatchObject({
      jobTitle: "Senior Data Engineer",
      company: "Helvetia Analytics",
      domain: "careers.helvetiaanalytics.example",
      status: "submitted",
      outcome: null,
      effort: "high",
      score: 0.82,
      createdAt: "2025-03-03T09:00:00.000Z",
      submittedAt: "2025-03-03T09:20:00.000Z",
      tokensInput: 21000,
      tokensOutput: 3400,
    });
    expect(a1?.costUsd).toBeCloseTo(0.0123, 6);
    expect(all.rows.find((r) => r.id === hunted.application.id)).toMatchObject({
      jobTitle: hunted.job.title,
      company: hunted.job.company,
      effort: hunted.effort.level,
    });
  });

  it.each<[string, string, (spec: SeedSpec) => boolean]>([
    ["status", "?status=submitted", (x) => x.status === "submitted"],
    ["effort", "?effort=low", (x) => x.effort === "low"],
    ["company, any case, part of the name", "?company=helvetia", (x) => x.company === "Helvetia Analytics"],
    ["q over title and company", "?q=nordlicht", (x) => x.company === "Nordlicht AG"],
    ["q with % and _ taken literally", "?q=100%25_", (x) => x.title.includes("100%_")],
    [
      "a day in the person's time zone (23:30 UTC on the 9th is the 10th in Zurich)",
      "?from=2025-03-10&to=2025-03-10",
      (x) => zurichDay(x.createdAt) === "2025-03-10",
    ],
    [
      "a date range",
      "?from=2025-03-04&to=2025-03-06",
      (x) => zurichDay(x.createdAt) >= "2025-03-04" && zurichDay(x.createdAt) <= "2025-03-06",
    ],
    [
      "a score range, inclusive",
      "?minScore=0.35&maxScore=0.82",
      (x) => x.score !== null && x.score >= 0.35 && x.score <= 0.82,
    ],
  ])("narrows by %s", async (_, query, keep) => {
    const result = await page(query);
    const want = expected(keep);
    expect(idsOf(result.rows)).toEqual(want);
    expect(result.total).toBe(want.length);
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(specs.length);
  });

  it("takes empty parameters as not given", async () => {
    const result = await page("?status=&effort=&company=&q=&from=&to=&minScore=&outcome=");
    expect(idsOf(result.rows)).toEqual(expected(() => true));
  });

  it("combines filters", async () => {
    const result = await page("?status=submitted&company=HELVETIA&minScore=0.7");
    expect(idsOf(result.rows)).toEqual([ids.a1]);
  });

  it("filters by the latest outcome, and `none` for no response yet", async () => {
    const a2 = String(ids.a2);
    expect(
      (
        await s.call(`/api/applications/${a2}/response`, {
          method: "POST",
          json: { outcome: "reviewing", at: "2025-03-06T08:00:00Z" },
        })
      ).status,
    ).toBe(201);
    expect(
      (
        await s.call(`/api/applications/${a2}/response`, {
          method: "POST",
          json: { outcome: "rejected", at: "2025-03-12T08:00:00Z" },
        })
      ).status,
    ).toBe(201);
    expect(idsOf((await page("?outcome=rejected")).rows)).toEqual([a2]);
    expect((await page("?outcome=reviewing")).rows).toEqual([]);
    const none = await page("?outcome=none&status=submitted");
    expect(idsOf(none.rows)).toEqual(expected((x) => x.status === "submitted" && x.key !== "a2"));
    expect((await page("?outcome=rejected")).rows[0]).toMatchObject({
      outcome: "rejected",
      outcomeAt: "2025-03-12T08:00:00.000Z",
    });
  });

  it("pages with a cursor: every row once, in order, with the same total", async () => {
    const all = idsOf((await page("")).rows);
    const seen: string[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const next: HistoryPage = await page(`?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(next.total).toBe(all.length);
      expect(next.rows.length).toBeLessThanOrEqual(3);
      seen.push(...idsOf(next.rows));
      cursor = next.nextCursor;
      pages++;
    }
    expect(pages).toBe(Math.ceil(all.length / 3));
    expect(seen).toEqual(all);
  });

  it.each([
    ["an unknown status", "?status=done", /status/],
    ["an unknown effort", "?effort=huge", /effort/],
    ["a score above 1", "?minScore=2", /minScore/],
    ["a score that is no number", "?maxScore=high", /maxScore/],
    ["a bad date", "?from=2025-13-01", /from/],
    ["from after to", "?from=2025-03-10&to=2025-03-01", /from/],
    ["minScore above maxScore", "?minScore=0.8&maxScore=0.2", /minScore/],
    ["a zero limit", "?limit=0", /limit/],
    ["a cursor it never gave out", "?cursor=bm9wZQ", /cursor/],
    ["an unknown outcome", "?outcome=ghosted", /outcome/],
    ["a misspelt parameter", "?stauts=submitted", /stauts/],
  ])("refuses %s with 400 naming the parameter", async (_, query, named) => {
    for (const path of ["/api/applications/history", "/api/applications/history.csv"]) {
      if (path.endsWith(".csv") && /limit|cursor/.test(query)) continue;
      const response = await s.call(`${path}${query}`);
      expect(response.status, path).toBe(400);
      const error = ErrorBody.parse(await response.json());
      expect(error.code).toBe("validation_failed");
      expect(error.message).toMatch(named);
    }
  });

  it("exports the filtered list as CSV whose rows are the database's rows", async () => {
    const response = await s.call("/api/applications/history.csv?company=helvetia&status=submitted");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const { rows: db } = await s.t.database.db.execute<{
      id: string;
      title: string;
      company: string;
      effort: string;
      score: string;
      status: string;
      submitted: string;
      cost: number;
      tin: number;
    }>(sql`
      select a.id, j.job_title as title, c.name as company, a.effort_level as effort, a.match_score::text as score,
             a.application_status as status, to_char(a.application_submitted_at at time zone 'UTC', 'YYYY-MM-DD') as submitted,
             (select coalesce(sum(cost_estimated), 0)::float8 from model_usage m where m.application_id = a.id) as cost,
             (select coalesce(sum(tokens_input), 0)::int from model_usage m where m.application_id = a.id) as tin
        from applications a join job_posts j on j.id = a.job_post_id left join companies c on c.id = j.company_id
        join users u on u.id = a.user_id
       where u.email = 'ada.lovelace@example.com' and a.application_status = 'submitted' and c.name ilike '%helvetia%'
       order by a.created_at desc`);
    expect(db.length).toBe(2);
    expect(rows.map((r) => r.application_id)).toEqual(db.map((r) => r.id));
    rows.forEach((row, i) => {
      const want = db[i];
      expect(row).toMatchObject({
        job_title: want?.title,
        company_name: want?.company,
        effort_level: want?.effort,
        status: want?.status,
        application_date: want?.submitted,
        tokens_input: String(want?.tin),
      });
      expect(Number(row.match_score)).toBe(Number(want?.score));
      expect(Number(row.cost_usd)).toBeCloseTo(want?.cost ?? -1, 6);
    });
  });

  it("never shows another person's application: not listed, and 404 for its detail, response and corrections", async () => {
    const everything = await page("?limit=500");
    expect(idsOf(everything.rows)).not.toContain(strangerId);
    const csv = await (await s.call("/api/applications/history.csv")).text();
    expect(csv).not.toContain(strangerId);
    expect(csv).not.toContain("not Ada's");
    const before = await s.t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from application_status_history where application_id = ${strangerId}`,
    );
    for (const [path, init] of [
      [`/api/applications/${strangerId}/detail`, {}],
      [`/api/applications/${strangerId}/response`, { method: "POST", json: { outcome: "interview" } }],
      [
        `/api/applications/${strangerId}/corrections`,
        {
          method: "POST",
          json: { table: "applications", recordId: strangerId, field: "effort_level", newValue: "low" },
        },
      ],
    ] as const) {
      const response = await s.call(path, init);
      expect(response.status, path).toBe(404);
      expect(ErrorBody.parse(await response.json()).message).not.toMatch(/grace/i);
    }
    const after = await s.t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from application_status_history where application_id = ${strangerId}`,
    );
    expect(after.rows).toEqual(before.rows);
  });
});
