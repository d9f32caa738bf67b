import { DRIVERS } from "@nyx/db/testing";
import { ErrorBody, type Rates, Stats } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TestApp } from "./support.ts";
import { SPECS, seedAll, trackerApp, zurichDay } from "./tracker-seed.ts";

const rates = (submitted: number, responses: number, interviews: number, offers: number): Rates => ({
  submitted,
  responses,
  interviews,
  offers,
  responseRate: submitted ? responses / submitted : null,
  interviewRate: submitted ? interviews / submitted : null,
  offerRate: submitted ? offers / submitted : null,
});

describe.each(DRIVERS)("Stats (%s)", (driver) => {
  let s: TestApp;
  let ids: Record<string, string> = {};

  const stats = async (query: string) => {
    const response = await s.call(`/api/stats${query}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return Stats.parse(await response.json());
  };
  const post = async (path: string, json: unknown) => {
    const response = await s.call(path, { method: "POST", json });
    expect(response.status, await response.clone().text()).toBe(201);
    return response.json();
  };

  beforeAll(async () => {
    // Somebody else's application on the same database, same month: never in Ada's numbers.
    const made = await trackerApp(driver, { cost: 5 });
    s = made.s;
    ids = await seedAll(s.t.database.db, made.userId);
    // a1: an interview, then an offer after it; a2: rejected; a7: withdrawn by the person.
    const interview = (await post(`/api/applications/${ids.a1}/response`, {
      outcome: "interview",
      at: "2025-03-07T09:00:00Z",
      interview: { type: "technical", scheduledAt: "2025-03-14T13:00:00Z" },
    })) as { interview: { id: string } };
    await post(`/api/interviews/${interview.interview.id}/outcome`, { outcome: "passed", offerExtended: true });
    await post(`/api/applications/${ids.a2}/response`, { outcome: "rejected", at: "2025-03-08T09:00:00Z" });
    await post(`/api/applications/${ids.a7}/response`, { outcome: "withdrawn", at: "2025-03-12T09:00:00Z" });
  });
  afterAll(() => s?.dispose());

  it("counts applications per day in the person's time zone, and every chart adds up to the total", async () => {
    const st = await stats("?from=2025-03-01&to=2025-03-31");
    expect(st).toMatchObject({ from: "2025-03-01", to: "2025-03-31", timezone: "Europe/Zurich" });
    expect(st.perDay.map((d) => d.date)).toEqual(
      Array.from({ length: 31 }, (_, i) => `2025-03-${String(i + 1).padStart(2, "0")}`),
    );
    for (const day of st.perDay) {
      expect(day.applications, day.date).toBe(SPECS.filter((x) => zurichDay(x.createdAt) === day.date).length);
      expect(day.submitted, day.date).toBe(
        SPECS.filter((x) => x.submittedAt && zurichDay(x.submittedAt) === day.date).length,
      );
    }
    expect(st.perDay.find((d) => d.date === "2025-03-10")?.applications).toBe(2);
    expect(st.totals.applications).toBe(SPECS.length);
    expect(st.totals.submitted).toBe(3);
    const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);
    expect(sum(st.perDay.map((d) => d.applications))).toBe(st.totals.applications);
    expect(sum(st.byStatus.map((b) => b.count))).toBe(st.totals.applications);
    expect(sum(st.byEffort.map((b) => b.applications))).toBe(st.totals.applications);
    expect(sum(st.byEffort.map((b) => b.submitted))).toBe(st.totals.submitted);
    expect(sum(st.scoreHistogram.map((b) => b.count)) + st.totals.unscored).toBe(st.totals.applications);
    expect(st.totals.unscored).toBe(1);
    expect(st.byStatus).toEqual(
      expect.arrayContaining([
        { status: "submitted", count: 3 },
        { status: "paused", count: 1 },
        { status: "skipped", count: 1 },
        { status: "failed", count: 1 },
        { status: "queued", count: 1 },
      ]),
    );
    expect(st.byEffort).toEqual([
      { effort: "low", applications: 2, submitted: 0 },
      { effort: "medium", applications: 3, submitted: 2 },
      { effort: "high", applications: 2, submitted: 1 },
    ]);
  });

  it("puts match scores in ten buckets from 0 to 1 (a score of 1 in the last)", async () => {
    const st = await stats("?from=2025-03-01&to=2025-03-31");
    expect(st.scoreHistogram.map((b) => [b.from, b.to])).toEqual(
      Array.from({ length: 10 }, (_, i) => [i / 10, (i + 1) / 10]),
    );
    const want = Array.from(
      { length: 10 },
      (_, i) => SPECS.filter((x) => x.score !== null && Math.min(Math.floor(x.score * 10), 9) === i).length,
    );
    expect(st.scoreHistogram.map((b) => b.count)).toEqual(want);
    expect(st.scoreHistogram[9]?.count).toBe(1);
  });

  it("costs per day are the person's model_usage rows by day, and nobody else's", async () => {
    const st = await stats("?from=2025-03-01&to=2025-03-31");
    const want = new Map<string, number>();
    for (const x of SPECS)
      if (x.cost) want.set(zurichDay(x.createdAt), (want.get(zurichDay(x.createdAt)) ?? 0) + x.cost);
    for (const day of st.costPerDay) {
      expect(day.costUsd, day.date).toBeCloseTo(want.get(day.date) ?? 0, 9);
      expect(st.perDay.find((d) => d.date === day.date)?.cost).toBe(day.costUsd);
    }
    expect(st.costPerDay.find((d) => d.date === "2025-03-03")).toMatchObject({
      tokensInput: 21000,
      tokensOutput: 3400,
      calls: 1,
    });
    const { rows } = await s.t.database.db.execute<{ cost: number }>(
      sql`select sum(m.cost_estimated)::float8 as cost from model_usage m join applications a on a.id = m.application_id
           join users u on u.id = a.user_id where u.email = 'ada.lovelace@example.com'`,
    );
    expect(st.totals.costUsd).toBeCloseTo(rows[0]?.cost ?? -1, 9);
    expect(st.totals.costUsd).toBeLessThan(1);
  });

  it("rates: responses (not a withdrawal), interviews and offers, overall, by effort and by company", async () => {
    const st = await stats("?from=2025-03-01&to=2025-03-31");
    expect(st.rates.overall).toEqual(rates(3, 2, 1, 1));
    expect(st.rates.byEffort).toEqual({ low: rates(0, 0, 0, 0), medium: rates(2, 1, 0, 0), high: rates(1, 1, 1, 1) });
    expect(st.rates.byCompany).toEqual([
      { companyId: expect.any(String), company: "Helvetia Analytics", ...rates(2, 2, 1, 1) },
      { companyId: null, company: null, ...rates(1, 0, 0, 0) },
    ]);
    expect((await stats("?from=2025-03-01&to=2025-03-31&top=1")).rates.byCompany).toHaveLength(1);
    // A narrower range: only a2 was submitted between the 4th and the 10th.
    const narrow = await stats("?from=2025-03-04&to=2025-03-10");
    expect(narrow.rates.overall).toEqual(rates(1, 1, 0, 0));
    expect(narrow.perDay).toHaveLength(7);
  });

  it("defaults to the 30 days up to today in the person's time zone", async () => {
    const st = await stats("");
    expect(st.perDay).toHaveLength(30);
    expect(st.to).toBe(zurichDay(new Date().toISOString()));
    expect(st.perDay.at(-1)?.date).toBe(st.to);
  });

  it.each([
    ["from after to", "?from=2025-03-31&to=2025-03-01", /from/],
    ["more than a year", "?from=2024-01-01&to=2025-12-31", /from: at most 366 days/],
    ["a bad date", "?to=31.03.2025", /to/],
    ["a zero top", "?top=0", /top/],
    ["an unknown parameter", "?range=week", /range/],
  ])("refuses %s with 400 naming the parameter", async (_, query, named) => {
    const response = await s.call(`/api/stats${query}`);
    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).message).toMatch(named);
  });
});
