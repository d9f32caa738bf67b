import { DRIVERS } from "@nyx/db/testing";
import type { MonitorSource } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MonitorDeps, pollMonitor, pollSource } from "../src/monitor/index.ts";
import { FEEDS, type FeedServer, feedCopy, jobsOf, monitorTestApp, startFeedServer } from "./monitor-support.ts";
import type { TestApp } from "./support.ts";

const GH = "https://job-boards.greenhouse.io/quillstone/jobs/";
const LEVER = "https://jobs.lever.co/brinewood/";
const ASHBY = "https://jobs.ashbyhq.com/tessellate/";

describe.each(DRIVERS)("polling the company monitor on %s", (driver) => {
  let s: TestApp;
  let feeds: FeedServer;
  let deps: MonitorDeps;
  const greenhouse = feedCopy("greenhouse");
  const lever = feedCopy("lever");

  const count = async (table: "job_posts" | "applications") => {
    const { rows } = await s.t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ${sql.raw(table)}`,
    );
    return rows[0]?.n;
  };
  const job = async (url: string) => {
    const { rows } = await s.t.database.db.execute<Record<string, unknown>>(sql`
      select j.job_title, j.location_city, j.location_country, j.employment_type, j.posting_datetime,
        j.description_raw, j.description_clean, j.is_remote_allowed, j.compensation_currency,
        j.compensation_min::float as min, j.compensation_max::float as max, c.name as company,
        (select count(*)::int from applications a where a.job_post_id = j.id) as applications
      from job_posts j left join companies c on c.id = j.company_id where j.source_url = ${url}`);
    return rows[0];
  };
  /** A copy of a Greenhouse job under a new id: a posting the board just opened. */
  const opened = (id: number) => {
    const template = jobsOf(feedCopy("greenhouse"))[1] ?? {};
    return { ...template, id, absolute_url: `${GH}${id}`, title: `Machine Learning Engineer ${id}` };
  };

  beforeAll(async () => {
    ({ s, deps } = await monitorTestApp(driver));
    feeds = await startFeedServer();
    feeds.json(FEEDS.greenhouse.path, greenhouse);
    feeds.json(FEEDS.lever.path, lever);
  });
  afterAll(async () => {
    await feeds.close();
    await s.dispose();
  });

  it("records and hunts every posting of the three boards once, with what each feed states", async () => {
    const run = await pollMonitor(deps, { schedule: "0 * * * *", enabled: true, sources: feeds.boards() });
    expect(run.sources.map((r) => [r.source, r.fetched, r.new, r.known, r.errors])).toEqual([
      ["greenhouse quillstone", 6, 6, 0, []],
      ["lever brinewood", 6, 6, 0, []],
      ["ashby tessellate", 6, 6, 0, []],
    ]);
    expect(run.totals).toEqual({ fetched: 18, new: 18, known: 0, errors: 0 });
    expect(await count("job_posts")).toBe(18);
    // Each new posting went through the hunt: scored, decided, an application recorded.
    expect(await count("applications")).toBe(18);

    const ranking = await job(`${GH}4801234005`);
    expect(ranking).toMatchObject({
      job_title: "Senior Machine Learning Engineer, Search Ranking",
      company: "Quillstone",
      location_city: "Zurich",
      compensation_currency: "CHF",
      min: 140000,
      max: 175000,
      applications: 1,
    });
    expect(ranking?.description_raw).toContain("<h3>What you will do</h3>");
    expect(ranking?.description_raw).not.toMatch(/&lt;|&amp;mdash;/);
    expect(ranking?.description_clean).toContain("Europe's largest legal and academic publishers");

    const contract = await job(`${LEVER}7f8e9d0c-1b2a-4c3d-9e8f-7a6b5c4d3e2f`);
    expect(contract).toMatchObject({
      employment_type: "contract",
      is_remote_allowed: true,
      company: "Brinewood Analytics",
    });
    expect(new Date(String(contract?.posting_datetime)).toISOString()).toBe("2026-11-18T08:00:00.000Z");
    expect(await job(`${LEVER}5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e`)).toMatchObject({
      location_city: "Copenhagen",
      compensation_currency: "DKK",
      min: 720000,
      max: 900000,
    });
    expect(await job(`${ASHBY}9c5e1a7b-d6f8-43a4-8b52-7a8f9e0d1c24`)).toMatchObject({
      job_title: "Solutions Engineer",
      compensation_currency: null,
      min: null,
    });
    expect(await job(`${ASHBY}0d6f2b8c-e7a9-44b5-9c63-8b9a0f1e2d35`)).toMatchObject({
      employment_type: "intern",
      company: "Tessellate",
    });
  });

  it("finds nothing new when the same answers are polled again", async () => {
    const run = await pollMonitor(deps, { schedule: "0 * * * *", enabled: true, sources: feeds.boards() });
    expect(run.sources.flatMap((r) => r.errors)).toEqual([]);
    expect(run.totals).toEqual({ fetched: 18, new: 0, known: 18, errors: 0 });
    expect(await count("job_posts")).toBe(18);
    expect(await count("applications")).toBe(18);
  });

  it("takes exactly the one posting a board opened, and nothing for one it closed", async () => {
    jobsOf(greenhouse).push(opened(4809990001));
    jobsOf(lever).splice(3, 1);
    feeds.json(FEEDS.greenhouse.path, greenhouse);
    feeds.json(FEEDS.lever.path, lever);
    const run = await pollMonitor(deps, { schedule: "0 * * * *", enabled: true, sources: feeds.boards() });
    expect(run.sources.map((r) => [r.fetched, r.new, r.known])).toEqual([
      [7, 1, 6],
      [5, 0, 5],
      [6, 0, 6],
    ]);
    expect(await job(`${GH}4809990001`)).toMatchObject({
      job_title: "Machine Learning Engineer 4809990001",
      applications: 1,
    });
    expect(await count("job_posts")).toBe(19);
  });

  it("hunts a new posting once when two polls of its board run at once", async () => {
    jobsOf(greenhouse).push(opened(4809990002), opened(4809990003));
    feeds.json(FEEDS.greenhouse.path, greenhouse);
    const [source] = feeds.boards();
    if (!source) throw new Error("no source");
    const [a, b] = await Promise.all([pollSource(deps, source), pollSource(deps, source)]);
    expect((a?.new ?? 0) + (b?.new ?? 0)).toBe(2);
    expect((a?.known ?? 0) + (b?.known ?? 0)).toBe(16);
    for (const id of [4809990002, 4809990003]) expect((await job(`${GH}${id}`))?.applications).toBe(1);
    expect(await count("applications")).toBe(21);
  });

  it("reports a source that fails and still polls the others", async () => {
    const boards = feeds.boards();
    feeds.json("/broken/greenhouse", {}, { status: 500 });
    feeds.routes.set("/broken/lever", { body: '[{"text": "cut off' });
    feeds.json("/broken/ashby", { jobs: "soon" });
    const failing: MonitorSource[] = [
      { kind: "greenhouse", board: "down", feedUrl: `${feeds.base}/broken/greenhouse` },
      { kind: "lever", board: "garbled", feedUrl: `${feeds.base}/broken/lever` },
      { kind: "ashby", board: "odd", feedUrl: `${feeds.base}/broken/ashby` },
      { kind: "lever", board: "gone", feedUrl: "http://127.0.0.1:9/v0/postings/gone?mode=json" },
    ];
    const run = await pollMonitor(deps, { schedule: "0 * * * *", enabled: true, sources: [...failing, ...boards] });
    const errors = run.sources.map((r) => r.errors.join(" "));
    expect(errors[0]).toBe(`GET ${feeds.base}/broken/greenhouse: HTTP 500`);
    expect(errors[1]).toBe(`GET ${feeds.base}/broken/lever: the answer is not JSON`);
    expect(errors[2]).toMatch(/the answer is not an Ashby job board/);
    expect(errors[3]).toMatch(/gone\?mode=json: could not be reached/);
    expect(run.sources.slice(4).map((r) => [r.fetched, r.new, r.errors.length])).toEqual([
      [9, 0, 0],
      [5, 0, 0],
      [6, 0, 0],
    ]);
    expect(run.totals.errors).toBe(4);
  });

  it("gives up on a board that is too slow or too big", async () => {
    feeds.json("/slow", feedCopy("ashby"), { delayMs: 1500 });
    const [greenhouseBoard] = feeds.boards();
    if (!greenhouseBoard) throw new Error("no source");
    const slow = await pollSource(
      { ...deps, limits: { timeoutMs: 300 } },
      { kind: "ashby", board: "slow", feedUrl: `${feeds.base}/slow` },
    );
    expect(slow.errors).toEqual([`GET ${feeds.base}/slow: no answer within 300 ms`]);
    const big = await pollSource({ ...deps, limits: { maxBytes: 4096 } }, greenhouseBoard);
    expect(big.errors[0]).toMatch(/larger than 4096 bytes/);
    expect(big.fetched).toBe(0);
  });
});
