import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { nyx } from "./cli-support.ts";
import { searchCards } from "./linkedin-fixture.ts";

describe("nyx enqueue", () => {
  const dir = mkdtempSync(join(tmpdir(), "nyx-enqueue-"));
  const env = { NYX_DATA_DIR: join(dir, "data") };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("enqueues the 25 card links of a LinkedIn search page as 23 jobs, and none again", () => {
    const file = join(dir, "links.txt");
    writeFileSync(
      file,
      `${searchCards()
        .map((c) => c.url)
        .join("\n")}\n`,
    );
    const first = nyx(["enqueue", file], env, dir);
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ new: 23, duplicate: 2, skipped: 0, invalid: 0 });
    const again = nyx(["enqueue", file], env, dir);
    expect(JSON.parse(again.stdout)).toEqual({ new: 0, duplicate: 25, skipped: 0, invalid: 0 });
  });

  it("takes CSV files and URLs given directly, and exits 1 naming bad rows", () => {
    const csv = join(dir, "jobs.csv");
    writeFileSync(csv, "company,url\nAcme,https://careers.acme.example/jobs/1\nBroken,mailto:x@example.com\n");
    const result = nyx(["enqueue", csv, "https://careers.acme.example/jobs/2?utm_source=x"], env, dir);
    expect(JSON.parse(result.stdout)).toEqual({ new: 2, duplicate: 0, skipped: 0, invalid: 1 });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/item 2: invalid: not an http\(s\) URL/);
  });

  it("fails clearly on a missing file", () => {
    const result = nyx(["enqueue", join(dir, "nope.txt")], env, dir);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/neither a file nor a URL/);
  });
});
