import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { ErrorBody, ProfileDraftResponse } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { nyx } from "./cli-support.ts";
import { blankPdf } from "./cv-files.ts";
import { profileRowCounts } from "./profile-fixture.ts";
import { createTestApp, FIXTURES, type TestApp } from "./support.ts";

const CV_PDF = fileURLToPath(new URL("profile/ada-lovelace-cv.pdf", FIXTURES));
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

describe("POST /api/profiles/draft", () => {
  let s: TestApp;
  const counts = () => profileRowCounts(s.t.database.db);
  const draft = (json: unknown) => s.call("/api/profiles/draft", { method: "POST", json });
  const nothingStored = { users: 0, profiles: 0, resumes: 0, versions: 0, templates: 0, corrections: 0 };

  beforeAll(async () => {
    s = await createTestApp();
  });
  afterAll(() => s.dispose());

  it("returns the draft and its YAML, and stores nothing", async () => {
    expect(await counts()).toEqual(nothingStored);
    const response = await draft({ filename: "ada-lovelace-cv.pdf", base64: base64(readFileSync(CV_PDF)) });
    expect(response.status).toBe(200);
    const body = ProfileDraftResponse.parse(await response.json());
    expect(body.draft.email).toBe("ada.lovelace@example.com");
    expect(body.draft.experience?.map((j) => j.company)).toHaveLength(3);
    expect(body.missing).toContain("salary");
    // The YAML holds exactly the draft; what is missing stands in comments, to fill in.
    expect(parse(body.yaml)).toEqual(body.draft);
    expect(body.yaml).toMatch(/^# salary: /m);
    expect(body.yaml).toMatch(/^ *# CHECK: .*years only/m);
    expect(await counts()).toEqual(nothingStored);
    // The person's data stays out of the log.
    expect(s.logs.join("\n")).not.toMatch(/lovelace|\+41/i);
  });

  it("refuses a file it cannot read with a clear 4xx, and stores nothing", async () => {
    const cases = [
      { json: { filename: "cv.exe", base64: base64(Buffer.from("MZ")) }, status: 415, code: "unsupported_media_type" },
      { json: { filename: "cv.pdf", base64: base64(Buffer.from("hello")) }, status: 400, message: /not a PDF/ },
      { json: { filename: "scan.pdf", base64: base64(blankPdf()) }, status: 400, message: /no text/ },
      { json: { filename: "cv.pdf" }, status: 400, code: "validation_failed" },
      { json: { filename: "cv.pdf", base64: "%%%" }, status: 400, code: "validation_failed" },
    ];
    for (const c of cases) {
      const response = await draft(c.json);
      expect(response.status).toBe(c.status);
      const body = ErrorBody.parse(await response.json());
      if (c.code) expect(body.code).toBe(c.code);
      if (c.message) expect(body.message).toMatch(c.message);
    }
    expect(await counts()).toEqual(nothingStored);
  });
});

// Each run of the CLI starts a process; on a busy machine that takes tens of seconds.
describe("nyx profile draft", { timeout: 480_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "nyx-draft-"));
  const env = { NYX_DATA_DIR: join(dir, "data") };
  const out = join(dir, "profile.yaml");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints the draft, or writes it to a new file and never over one", () => {
    const printed = nyx(["profile", "draft", CV_PDF], env, dir);
    expect(printed.status).toBe(0);
    expect(parse(printed.stdout)).toMatchObject({ email: "ada.lovelace@example.com" });
    const written = nyx(["profile", "draft", CV_PDF, "--out", out], env, dir);
    expect(written.status).toBe(0);
    expect(written.stdout).toMatch(/nyx profile import/);
    const first = readFileSync(out, "utf8");
    expect(first).toMatch(/^# Draft profile read from ada-lovelace-cv\.pdf/);
    writeFileSync(out, `${first}# my own notes\n`);
    const again = nyx(["profile", "draft", CV_PDF, "--out", out], env, dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/exists already/);
    expect(readFileSync(out, "utf8")).toBe(`${first}# my own notes\n`);
  });

  it("writes a draft that profile import accepts once the person fills in what the CV cannot state", () => {
    const asDrafted = nyx(["profile", "import", out], env, dir);
    expect(asDrafted.status).toBe(1);
    expect(asDrafted.stderr).toMatch(/salary/);
    expect(existsSync(join(dir, "data", "owner.json"))).toBe(false);

    const filled = {
      ...(parse(readFileSync(out, "utf8")) as Record<string, unknown>),
      seniority: "senior",
      remote_preference: "hybrid",
      target_titles: ["Machine Learning Engineer"],
      salary: { currency: "CHF", min: 130000, target: 150000 },
      notice_period: { weeks: 8 },
    };
    const completed = join(dir, "profile-complete.yaml");
    writeFileSync(completed, stringify(filled));
    const imported = nyx(["profile", "import", completed], env, dir);
    expect(imported.stderr).toBe("");
    expect(imported.status).toBe(0);
    expect(imported.stdout).toMatch(/Profile "main" imported/);
    expect(imported.stdout).toMatch(/ada-lovelace-cv v1 \(default\)/);
  });
});
