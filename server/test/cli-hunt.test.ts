import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nyx } from "./cli-support.ts";
import { FIXTURES } from "./support.ts";

const POSTING = fileURLToPath(new URL("postings/greenhouse/index.html", FIXTURES));
const EXPECTED = JSON.parse(readFileSync(new URL("postings/greenhouse/expected.json", FIXTURES), "utf8")) as Record<
  string,
  string
>;
const URL_OF_POSTING = readFileSync(POSTING, "utf8").match(/rel="canonical" href="([^"]+)"/)?.[1] ?? "";

describe("nyx hunt, jobs and export", () => {
  const dir = mkdtempSync(join(tmpdir(), "nyx-hunt-"));
  const env = { NYX_DATA_DIR: join(dir, "data") };
  let applicationId = "";
  beforeAll(() => {
    const imported = nyx(["profile", "import", fileURLToPath(new URL("profile/ada.yaml", FIXTURES))], env, dir);
    expect(imported.status).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("hunts a saved posting and prints the fields, score, breakdown, decision and effort", () => {
    expect(URL_OF_POSTING).toMatch(/^https:/);
    const result = nyx(["hunt", "--url", URL_OF_POSTING, "--html", POSTING], env, dir);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const out = JSON.parse(result.stdout) as {
      decision: string;
      score: number;
      breakdown: { skills: number; reasons: string[] };
      effort: { level: string };
      application: { id: string };
      extracted: Record<string, unknown>;
    };
    expect(out.extracted).toMatchObject({
      title: EXPECTED.title,
      company: EXPECTED.company,
      city: EXPECTED.city,
      country: EXPECTED.country,
    });
    expect(out.decision).toBe("apply");
    expect(out.breakdown.reasons.length).toBeGreaterThan(3);
    expect(["low", "medium", "high"]).toContain(out.effort.level);
    applicationId = out.application.id;
  });

  it("lists and shows the application with its recorded fields", () => {
    const list = nyx(["jobs", "list", "--json"], env, dir);
    const records = JSON.parse(list.stdout) as { id: string; jobTitle: string; city: string; postingSource: string }[];
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({
      id: applicationId,
      jobTitle: EXPECTED.title,
      city: EXPECTED.city,
      postingSource: "Greenhouse",
    });
    expect(nyx(["jobs", "list", "--status", "queued"], env, dir).stdout).toMatch(/1 application/);
    const view = JSON.parse(nyx(["jobs", "view", applicationId], env, dir).stdout) as {
      jobUrl: string;
      cvUsed: string;
    };
    expect(view.jobUrl).toBe(URL_OF_POSTING);
    expect(view.cvUsed).toBe("master_ai_ml v1");
  });

  it("exports every application as CSV with the owner's columns", () => {
    const file = join(dir, "out.csv");
    expect(nyx(["export", "--csv", file], env, dir).status).toBe(0);
    const rows = parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      application_id: applicationId,
      job_title: EXPECTED.title,
      company_name: EXPECTED.company,
      status: "queued",
    });
    for (const column of [
      "job_description",
      "posting_source",
      "base_url",
      "match_score",
      "questions_answers",
      "tokens_input",
      "tools_used_number",
    ]) {
      expect(Object.keys(rows[0] ?? {})).toContain(column);
    }
  });

  // Two CLI runs (each starts the embedded database): a filter that keeps the one application, one that keeps none.
  it("exports only what History's filters select", { timeout: 240_000 }, () => {
    const file = join(dir, "filtered.csv");
    const rowsOf = (args: string[]) => {
      const result = nyx(["export", "--csv", file, ...args], env, dir);
      expect(result.status, result.stderr).toBe(0);
      return parse(readFileSync(file, "utf8"), { columns: true }) as Record<string, string>[];
    };
    const company = String(EXPECTED.company).slice(0, 5).toLowerCase();
    expect(rowsOf(["--status", "queued", "--company", company]).map((r) => r.application_id)).toEqual([applicationId]);
    expect(rowsOf(["--status", "queued", "--min-score", "0.99"])).toEqual([]);
  });

  it.each([
    [["export", "--csv", "x.csv", "--effort", "huge"], /effort/],
    [["export", "--csv", "x.csv", "--from", "2025-04-01", "--to", "2025-03-01"], /from/],
    [["hunt"], /--url/],
    [["hunt", "--url", "ftp://x", "--html", POSTING], /url/i],
    [["jobs", "view", "nope"], /by its id/],
    [["jobs", "list", "--status", "done"], /--status must be one of/],
    [["export"], /--csv FILE/],
  ])("fails clearly: nyx %j", (args, message) => {
    const result = nyx(args, env, dir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(message);
  });
});
