import { DRIVERS } from "@nyx/db/testing";
import type { MonitorSource } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MonitorDeps, pollSource } from "../src/monitor/index.ts";
import { type FeedServer, monitorTestApp, postingPage, startFeedServer } from "./monitor-support.ts";
import type { TestApp } from "./support.ts";

/** A page that lists several postings in its own JSON-LD. */
function listingWithJsonLd(): string {
  const posting = (title: string, url: string) => ({
    "@context": "https://schema.org",
    "@type": "JobPosting",
    title,
    url,
    hiringOrganization: { "@type": "Organization", name: "Orbitale SA" },
    jobLocation: { "@type": "Place", address: { addressLocality: "Geneva", addressCountry: "CH" } },
    description: `<p>${title}: build forecasting models in Python for our energy customers.</p>`,
    datePosted: "2026-11-02",
  });
  const blocks = [
    posting("Data Scientist, Energy", "/openings/data-scientist"),
    posting("ML Engineer, Grid", "/openings/ml-engineer"),
    posting("Recruiter", "https://elsewhere.example.org/recruiter"),
  ];
  return `<!doctype html><html><head><title>Openings</title>${blocks
    .map((b) => `<script type="application/ld+json">${JSON.stringify(b)}</script>`)
    .join("")}</head><body><h1>Openings</h1></body></html>`;
}

describe.each(DRIVERS)("careers pages in the monitor on %s", (driver) => {
  let s: TestApp;
  let site: FeedServer;
  let deps: MonitorDeps;
  const job = async (path: string) => {
    const { rows } = await s.t.database.db.execute<Record<string, unknown>>(sql`
      select j.job_title, j.location_country, j.compensation_currency, j.compensation_min::float as min,
        c.name as company, (select count(*)::int from applications a where a.job_post_id = j.id) as applications
      from job_posts j left join companies c on c.id = j.company_id
      where j.source_url = ${`https://127.0.0.1${path}`}`);
    return rows[0];
  };

  beforeAll(async () => {
    ({ s, deps } = await monitorTestApp(driver));
    site = await startFeedServer();
    site.html(
      "/careers",
      `<html><body><h1>Join us</h1><nav><a href="/about">About</a><a href="https://elsewhere.example.org/careers/x">Partner</a></nav>
       <ul><li><a href="/careers/ml-platform-lead">ML Platform Lead</a></li>
       <li><a href="/careers/ml-platform-lead#apply">Apply</a></li>
       <li><a href="/careers/clinical-ml">Senior ML Engineer</a></li>
       <li><a href="/careers/robotics">Robotics</a></li>
       <li><a href="/careers/closed">Closed role</a></li></ul></body></html>`,
    );
    site.html("/careers/ml-platform-lead", postingPage("careers-jsonld"));
    site.html("/careers/clinical-ml", postingPage("workday"));
    // A job page without JobPosting JSON-LD: read, not taken.
    site.html("/careers/robotics", postingPage("german-munich"));
    site.html("/about", "<html><body>About us</body></html>");
    site.html("/jobs/ml-platform-lead", postingPage("careers-jsonld"));
    site.html("/openings", listingWithJsonLd());
  });
  afterAll(async () => {
    await site.close();
    await s.dispose();
  });

  it("follows a careers page's links on its own site and takes the pages with JobPosting JSON-LD", async () => {
    const source: MonitorSource = { kind: "careers", url: `${site.base}/careers` };
    const result = await pollSource(deps, source);
    expect(result).toMatchObject({ source: `careers ${site.base}/careers`, fetched: 2, new: 2, known: 0 });
    expect(result.errors).toEqual([`GET ${site.base}/careers/closed: HTTP 404`]);
    expect(site.hits.get("/about")).toBeUndefined();
    expect(site.hits.get("/careers/ml-platform-lead")).toBe(1);
    expect(site.hits.get("/careers/robotics")).toBe(1);
    expect(await job("/careers/ml-platform-lead")).toMatchObject({
      job_title: "Machine Learning Platform Lead",
      company: "Parallax Health AG",
      location_country: "Switzerland",
      compensation_currency: "CHF",
      min: 130000,
      applications: 1,
    });
    expect((await job("/careers/clinical-ml"))?.applications).toBe(1);
    expect(await job("/careers/robotics")).toBeUndefined();

    const again = await pollSource(deps, source);
    expect(again).toMatchObject({ fetched: 2, new: 0, known: 2 });
  });

  it("reads no more linked pages than allowed", async () => {
    const before = ["/careers/ml-platform-lead", "/careers/clinical-ml", "/careers/robotics"].map(
      (p) => site.hits.get(p) ?? 0,
    );
    const result = await pollSource(
      { ...deps, limits: { maxPages: 1 } },
      { kind: "careers", url: `${site.base}/careers` },
    );
    const after = ["/careers/ml-platform-lead", "/careers/clinical-ml", "/careers/robotics"].map(
      (p) => site.hits.get(p) ?? 0,
    );
    expect(after.map((n, i) => n - (before[i] ?? 0))).toEqual([1, 0, 0]);
    expect(result).toMatchObject({ fetched: 1, known: 1, errors: [] });
  });

  it("takes a careers page that is itself a posting, under the company the list names", async () => {
    const result = await pollSource(deps, {
      kind: "careers",
      url: `${site.base}/jobs/ml-platform-lead`,
      company: "Parallax Health",
    });
    expect(result).toMatchObject({ fetched: 1, new: 1, errors: [] });
    expect(await job("/jobs/ml-platform-lead")).toMatchObject({ company: "Parallax Health", applications: 1 });
  });

  it("takes each posting a page lists in its JSON-LD at its own address on the site, naming one elsewhere", async () => {
    const result = await pollSource(deps, { kind: "careers", url: `${site.base}/openings` });
    expect(result).toMatchObject({ fetched: 2, new: 2 });
    expect(result.errors).toEqual([`JobPosting 3 on ${site.base}/openings names no address of its own on the site`]);
    expect(await job("/openings/data-scientist")).toMatchObject({
      job_title: "Data Scientist, Energy",
      company: "Orbitale SA",
      location_country: "Switzerland",
    });
    expect((await job("/openings/ml-engineer"))?.job_title).toBe("ML Engineer, Grid");
  });
});
