import { AppError } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { canonicalJobUrl } from "../src/ingest/canonical-url.ts";

describe("canonical job URLs", () => {
  it.each([
    [
      "https://www.linkedin.com/jobs/view/4091122334/?refId=a%3D&trackingId=b&trk=flagship3&eBP=x",
      "https://www.linkedin.com/jobs/view/4091122334/",
    ],
    ["http://ch.linkedin.com/jobs/view/4091122334", "https://www.linkedin.com/jobs/view/4091122334/"],
    [
      "https://www.linkedin.com/jobs/view/senior-ml-engineer-at-acme-4091122334/",
      "https://www.linkedin.com/jobs/view/4091122334/",
    ],
    [
      "https://www.linkedin.com/jobs/search/?currentJobId=4091122334&keywords=ml&refId=z",
      "https://www.linkedin.com/jobs/view/4091122334/",
    ],
    [
      "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4091122334",
      "https://www.linkedin.com/jobs/view/4091122334/",
    ],
    [
      "https://ch.indeed.com/viewjob?jk=7F3A9C1E2B4D6A80&from=serp&vjs=3",
      "https://ch.indeed.com/viewjob?jk=7f3a9c1e2b4d6a80",
    ],
    ["https://boards.greenhouse.io/acme/jobs/123?gh_src=abc", "https://job-boards.greenhouse.io/acme/jobs/123"],
    [
      "https://jobs.lever.co/acme/9c4e2f71-0a3b-4d5c-8e6f-7a8b9c0d1e2f/apply?lever-source=LinkedIn",
      "https://jobs.lever.co/acme/9c4e2f71-0a3b-4d5c-8e6f-7a8b9c0d1e2f",
    ],
    ["https://jobs.ashbyhq.com/acme/5e1a7c3d/application", "https://jobs.ashbyhq.com/acme/5e1a7c3d"],
    [
      "HTTP://Careers.Example.COM:80/jobs/42//?utm_source=x&b=2&a=1#apply",
      "https://careers.example.com/jobs/42?a=1&b=2",
    ],
    [
      "https://careers.example.com/jobs?gh_jid=4012345&utm_medium=social",
      "https://careers.example.com/jobs?gh_jid=4012345",
    ],
  ])("%s → %s", (input, expected) => {
    expect(canonicalJobUrl(input)).toBe(expected);
  });

  it("gives every variant of one job the same address", () => {
    const variants = [
      "https://www.linkedin.com/jobs/view/4089426241/?refId=1&trackingId=2",
      "https://www.linkedin.com/jobs/view/4089426241/?eBP=3&trk=4",
      "http://www.linkedin.com/jobs/view/4089426241",
    ];
    expect(new Set(variants.map(canonicalJobUrl)).size).toBe(1);
  });

  it.each(["not a url", "ftp://example.com/job", "javascript:alert(1)", "https://user:pw@example.com/job", ""])(
    "refuses %j with a clear error",
    (input) => {
      expect(() => canonicalJobUrl(input)).toThrow(AppError);
    },
  );
});
