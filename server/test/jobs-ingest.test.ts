import { DRIVERS } from "@nyx/db/testing";
import { BulkResult, ErrorBody } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchCards, searchExpected } from "./linkedin-fixture.ts";
import { createTestApp, type TestApp } from "./support.ts";

describe.each(DRIVERS)("ingesting jobs on %s", (driver) => {
  let s: TestApp;
  const jobCount = async () =>
    (await s.t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from job_posts`)).rows[0]?.n ?? -1;
  const bulk = async (body: unknown) => s.call("/api/jobs/bulk", { method: "POST", json: body });

  beforeAll(async () => {
    s = await createTestApp({ driver });
  });
  afterAll(() => s.dispose());

  it("takes a LinkedIn search page's cards: exactly its distinct jobs, and none again", async () => {
    const cards = searchCards();
    expect(cards).toHaveLength(searchExpected.cards);
    const first = BulkResult.parse(await (await bulk({ cards })).json());
    expect(first).toMatchObject({
      new: searchExpected.distinct,
      duplicate: cards.length - searchExpected.distinct,
      skipped: 0,
      invalid: 0,
    });
    const newUrls = first.items.filter((i) => i.status === "new").map((i) => i.url);
    expect(newUrls).toEqual(searchExpected.jobs.map((j) => j.url));
    const { rows } = await s.t.database.db.execute<{ job_title: string; raw_location: string }>(
      sql`select job_title, raw_location from job_posts where source_url = ${searchExpected.jobs[0]?.url ?? ""}`,
    );
    expect(rows[0]).toEqual({
      job_title: searchExpected.jobs[0]?.title,
      raw_location: searchExpected.jobs[0]?.location,
    });

    const again = BulkResult.parse(await (await bulk({ cards })).json());
    expect(again).toMatchObject({ new: 0, duplicate: cards.length });
    expect(await jobCount()).toBe(searchExpected.distinct);
  });

  it("takes the same jobs as links with other tracking parameters as duplicates", async () => {
    const urls = searchCards().map((c) => `${c.url}&utm_source=newsletter`);
    const result = BulkResult.parse(await (await bulk({ urls })).json());
    expect(result).toMatchObject({ new: 0, duplicate: urls.length });
  });

  it("handles 1,000 cards in one request", async () => {
    const cards = Array.from({ length: 1000 }, (_, i) => ({
      id: String(5_000_000_000 + i),
      title: `Role ${i}`,
      company: `Company ${i % 50}`,
    }));
    const result = BulkResult.parse(await (await bulk({ cards })).json());
    expect(result.new).toBe(1000);
    const companies = await s.t.database.db.execute<{ n: number }>(
      sql`select count(distinct name)::int as n from companies where name like 'Company %'`,
    );
    expect(companies.rows[0]?.n).toBe(50);
  });

  it("takes CSV with a url column, and reports bad rows by number", async () => {
    const csv =
      'title,url\n"Data Scientist, Pricing",https://careers.example.com/jobs/7?utm_source=x\nBroken,not a url\nSearch,https://www.linkedin.com/jobs/search/?keywords=ml\n';
    const result = BulkResult.parse(await (await bulk({ csv })).json());
    expect(result).toMatchObject({ new: 1, invalid: 1, skipped: 1 });
    expect(result.items.find((i) => i.status === "invalid")).toMatchObject({ index: 1, reason: "not a URL" });
    const bad = await bulk({ csv: "name,company\nx,y\n" });
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(await bad.json()).message).toMatch(/no url column/);
  });

  it("takes one URL, and the same job again as a duplicate", async () => {
    const first = await s.call("/api/jobs", {
      method: "POST",
      json: { url: "https://jobs.lever.co/acme/0a1b2c3d-aaaa-bbbb-cccc-111122223333?lever-source=x" },
    });
    expect(first.status).toBe(201);
    const created = (await first.json()) as { job: { id: string }; duplicate: boolean };
    expect(created.duplicate).toBe(false);
    const again = await s.call("/api/jobs", {
      method: "POST",
      json: { url: "https://jobs.lever.co/acme/0a1b2c3d-aaaa-bbbb-cccc-111122223333/apply" },
    });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ job: { id: created.job.id }, duplicate: true });
  });

  it("refuses bad input with a 4xx naming the problem, writing nothing", async () => {
    const before = await jobCount();
    const cases: [unknown, RegExp][] = [
      [{ url: "not a url" }, /url/],
      [{ url: "ftp://example.com/job" }, /url/i],
      [{ url: "https://www.linkedin.com/jobs/search/?keywords=ml" }, /not a LinkedIn job/],
      [{ url: "https://example.com/job", surprise: 1 }, /surprise/],
      [{ cards: [] }, /cards|urls|csv/],
    ];
    for (const [body, message] of cases) {
      const path = "cards" in (body as object) ? "/api/jobs/bulk" : "/api/jobs";
      const response = await s.call(path, { method: "POST", json: body });
      expect(response.status, JSON.stringify(body)).toBe(400);
      const error = ErrorBody.parse(await response.json());
      expect(`${error.message} ${JSON.stringify(error.issues ?? [])}`).toMatch(message);
    }
    expect(await jobCount()).toBe(before);
  });
});
