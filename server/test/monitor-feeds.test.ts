import type { MonitorSource } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { extractPosting } from "../src/extract/index.ts";
import { postingLinks } from "../src/monitor/careers.ts";
import { readAshby, readGreenhouse, readLever, sourceUrl } from "../src/monitor/index.ts";
import { feedCopy, jobsOf } from "./monitor-support.ts";

const greenhouse: MonitorSource = { kind: "greenhouse", board: "quillstone" };
const lever: MonitorSource = { kind: "lever", board: "brinewood" };
const ashby: MonitorSource = { kind: "ashby", board: "tessellate" };

/** A feed's postings as the hunt pipeline reads them, by the end of their address. */
function read(reading: ReturnType<typeof readLever>) {
  expect(reading.errors).toEqual([]);
  return new Map(reading.postings.map((p) => [p.url.split("/").pop() ?? "", extractPosting(p.snapshot)]));
}

describe("board feeds", () => {
  it("point at the public APIs unless the list gives a feedUrl", () => {
    expect(sourceUrl(greenhouse)).toBe("https://boards-api.greenhouse.io/v1/boards/quillstone/jobs?content=true");
    expect(sourceUrl(lever)).toBe("https://api.lever.co/v0/postings/brinewood?mode=json");
    expect(sourceUrl(ashby)).toBe("https://api.ashbyhq.com/posting-api/job-board/tessellate?includeCompensation=true");
    expect(sourceUrl({ ...lever, feedUrl: "http://127.0.0.1:1/x" })).toBe("http://127.0.0.1:1/x");
  });

  it("read Greenhouse: content decoded once, pay from the pay-transparency block, the board's own company", () => {
    const reading = readGreenhouse(feedCopy("greenhouse"), greenhouse);
    expect(reading.postings.map((p) => p.url)).toContain("https://job-boards.greenhouse.io/quillstone/jobs/4801234005");
    const jobs = read(reading);
    expect(jobs.size).toBe(6);
    const ranking = jobs.get("4801234005");
    expect(ranking).toMatchObject({
      platform: "greenhouse",
      title: "Senior Machine Learning Engineer, Search Ranking",
      company: "Quillstone",
      city: "Zurich",
      country: "Switzerland",
      department: "Engineering",
      postedAt: "2026-11-03T15:02:11.000Z",
      salary: { currency: "CHF", min: 140000, max: 175000, period: "year" },
      language: "en",
    });
    expect(ranking?.descriptionRaw).toContain("<li>Strong Python; PyTorch, SQL and Spark.</li>");
    expect(ranking?.descriptionRaw).not.toContain("&lt;");
    expect(ranking?.descriptionClean).toContain("Europe's largest legal and academic publishers");
    expect(jobs.get("4801402005")).toMatchObject({ remote: "remote", salary: null });
    expect(jobs.get("4801255005")?.employmentType).toBe("intern");
  });

  it("read Lever: epoch-ms dates, the contract, the EUR and the DKK ranges, the lists as description", () => {
    const jobs = read(readLever(feedCopy("lever"), { ...lever, company: "Brinewood Analytics" }));
    expect(jobs.size).toBe(6);
    expect(jobs.get("9c4e2f71-0a3b-4d5c-8e6f-7a8b9c0d1e2f")).toMatchObject({
      title: "Applied Scientist, NLP",
      company: "Brinewood Analytics",
      city: "Amsterdam",
      country: "Netherlands",
      remote: "onsite",
      employmentType: "full_time",
      postedAt: "2026-11-04T09:00:00.000Z",
      applyUrl: "https://jobs.lever.co/brinewood/9c4e2f71-0a3b-4d5c-8e6f-7a8b9c0d1e2f/apply",
      salary: null,
    });
    expect(jobs.get("9c4e2f71-0a3b-4d5c-8e6f-7a8b9c0d1e2f")?.descriptionClean).toContain(
      "4+ years of experience applying NLP in industry",
    );
    expect(jobs.get("7f8e9d0c-1b2a-4c3d-9e8f-7a6b5c4d3e2f")).toMatchObject({
      employmentType: "contract",
      remote: "remote",
      country: "Netherlands",
      postedAt: "2026-11-18T08:00:00.000Z",
    });
    expect(jobs.get("1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d")?.salary).toEqual({
      currency: "EUR",
      min: 85000,
      max: 105000,
      period: "year",
    });
    expect(jobs.get("5b6c7d8e-9f0a-4b1c-8d2e-3f4a5b6c7d8e")).toMatchObject({
      city: "Copenhagen",
      country: "Denmark",
      salary: { currency: "DKK", min: 720000, max: 900000, period: "year" },
    });
  });

  it("read Ashby: pay only where the company shows it, the intern, the secondary location", () => {
    const jobs = read(readAshby(feedCopy("ashby"), ashby));
    expect(jobs.size).toBe(6);
    expect(jobs.get("5e1a7c3d-92b4-4f60-8d1e-3c4b5a6f7e80")).toMatchObject({
      title: "Senior ML Engineer, Evaluation",
      company: "Tessellate",
      city: "Berlin",
      country: "Germany",
      remote: "remote",
      employmentType: "full_time",
      postedAt: "2026-11-10T09:31:04.512Z",
      salary: { currency: "EUR", min: 90000, max: 115000, period: "year" },
    });
    const solutions = jobs.get("9c5e1a7b-d6f8-43a4-8b52-7a8f9e0d1c24");
    expect(solutions).toMatchObject({ title: "Solutions Engineer", remote: "remote", country: "Germany" });
    // Present in the feed (EUR 75–95K) but not shown on the posting: not used.
    expect(solutions?.salary).toBeNull();
    expect(jobs.get("0d6f2b8c-e7a9-44b5-9c63-8b9a0f1e2d35")).toMatchObject({ employmentType: "intern", salary: null });
    expect(jobs.get("6f2b8d4e-a3c5-4071-9e2f-4d5c6b7a8f91")).toMatchObject({
      city: "Munich",
      remote: "hybrid",
      locationRaw: "Munich, Germany; Zurich, Switzerland",
    });
    expect(jobs.get("7a3c9e5f-b4d6-4182-8f30-5e6d7c8b9a02")?.remote).toBe("onsite");
  });

  it("name a bad item and keep the others; refuse an answer of the wrong shape", () => {
    const feed = feedCopy("lever");
    const items = jobsOf(feed);
    items[2] = { ...items[2], hostedUrl: 42 };
    items[4] = { ...items[4], hostedUrl: "not a url" };
    const reading = readLever(feed, lever);
    expect(reading.postings).toHaveLength(4);
    expect(reading.errors).toEqual(["item 3: unreadable (hostedUrl)", "item 5: not a URL"]);
    expect(() => readGreenhouse({ jobs: "none" }, greenhouse)).toThrow(/not a Greenhouse job board/);
    expect(() => readLever({ postings: [] }, lever)).toThrow(/not a Lever postings list/);
    expect(() => readAshby([], ashby)).toThrow(/not an Ashby job board/);
  });

  it("skip an unlisted Ashby job", () => {
    const feed = feedCopy("ashby");
    const first = jobsOf(feed)[0];
    if (first) first.isListed = false;
    expect(readAshby(feed, ashby).postings).toHaveLength(5);
  });
});

describe("careers page links", () => {
  it("follow the same host only, once each, job-like paths first", () => {
    const base = new URL("https://careers.example.com/jobs");
    const links = postingLinks(
      [
        "/jobs/ml-lead",
        "/jobs/ml-lead#apply",
        "https://careers.example.com/jobs/data-engineer?ref=x",
        "https://elsewhere.example.org/jobs/1",
        "/about",
        "mailto:hr@example.com",
        "#top",
        "/jobs",
        null,
      ],
      base,
    );
    expect(links).toEqual([
      "https://careers.example.com/jobs/ml-lead",
      "https://careers.example.com/jobs/data-engineer?ref=x",
    ]);
    expect(postingLinks(["/team", "/about"], base)).toEqual([
      "https://careers.example.com/team",
      "https://careers.example.com/about",
    ]);
  });
});
