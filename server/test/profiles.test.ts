import { DRIVERS } from "@nyx/db/testing";
import { ErrorBody, ProfileImportResult } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADA_YAML, adaFiles, profileRowCounts, withoutKey } from "./profile-fixture.ts";
import { createTestApp, type TestApp } from "./support.ts";

describe.each(DRIVERS)("profile import on %s", (driver) => {
  let s: TestApp;
  const counts = () => profileRowCounts(s.t.database.db);
  const importYaml = (yaml: string, files = adaFiles()) =>
    s.call("/api/profiles", { method: "POST", json: { yaml, files } });

  beforeAll(async () => {
    s = await createTestApp({ driver });
  });
  afterAll(() => s.dispose());

  it("refuses a profile without email, naming the field, and stores nothing", async () => {
    const response = await importYaml(withoutKey(ADA_YAML, "email"));
    expect(response.status).toBe(400);
    const body = ErrorBody.parse(await response.json());
    expect(body.code).toBe("validation_failed");
    expect(body.issues?.map((i) => i.path)).toEqual(["email"]);
    expect(await counts()).toEqual({ users: 0, profiles: 0, resumes: 0, versions: 0, templates: 0, corrections: 0 });
  });

  it("names each bad field with its line", async () => {
    const bad = ADA_YAML.replace("years_experience: 9", "years_experience: nine").replace(
      "seniority: senior",
      "seniority: wizard",
    );
    const body = ErrorBody.parse(await (await importYaml(bad)).json());
    const byPath = new Map(body.issues?.map((i) => [i.path, i.line]));
    const lines = ADA_YAML.split("\n");
    expect(byPath.get("years_experience")).toBe(lines.findIndex((l) => l.startsWith("years_experience")) + 1);
    expect(byPath.get("seniority")).toBe(lines.findIndex((l) => l.startsWith("seniority")) + 1);
    expect((await counts())?.users).toBe(0);
  });

  it("refuses a missing or unreadable CV file, naming it, and stores nothing", async () => {
    const files = adaFiles();
    delete files["ada-lovelace-cv.md"];
    files["ada-lovelace-lebenslauf.pdf"] = Buffer.from("not a pdf").toString("base64");
    const body = ErrorBody.parse(await (await importYaml(ADA_YAML, files)).json());
    expect(body.issues?.map((i) => i.path).sort()).toEqual(["resumes.1.file", "resumes.2.file"]);
    expect((await counts())?.users).toBe(0);
  });

  it("stores the person, the profile, three CVs with their text, and the template", async () => {
    const response = await importYaml(ADA_YAML);
    expect(response.status).toBe(201);
    const result = ProfileImportResult.parse(await response.json());
    expect(result.created).toBe(true);
    expect(result.profile.resumes.map((r) => [r.key, r.latestVersion, r.isDefault])).toEqual([
      ["master_ai_ml", 1, true],
      ["master_ai_ml_de", 1, false],
      ["master_ai_ml_md", 1, false],
    ]);
    expect(await counts()).toEqual({ users: 1, profiles: 1, resumes: 3, versions: 3, templates: 1, corrections: 0 });
    const { rows } = await s.t.database.db.execute<{
      source_format: string;
      content_text: string;
      content_hash: string;
    }>(sql`select source_format, content_text, content_hash from resume_versions order by file_path`);
    for (const row of rows) {
      expect(row.content_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.content_text).toContain("Ada Lovelace");
    }
    expect(rows.map((r) => r.source_format).sort()).toEqual(["pdf", "pdf", "txt"]);
    expect(rows.some((r) => r.content_text.includes("Lebenslauf"))).toBe(true);
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await counts();
    const { rows: stamp } = await s.t.database.db.execute<{ max: string }>(
      sql`select max(updated_at)::text as max from user_profiles`,
    );
    const response = await importYaml(ADA_YAML);
    expect(response.status).toBe(200);
    const result = ProfileImportResult.parse(await response.json());
    expect(result).toMatchObject({ created: false, changed: false, changes: [] });
    expect(await counts()).toEqual(before);
    const { rows: again } = await s.t.database.db.execute<{ max: string }>(
      sql`select max(updated_at)::text as max from user_profiles`,
    );
    expect(again[0]?.max).toBe(stamp[0]?.max);
  });

  it("makes a changed CV a new version and a changed fact a data correction", async () => {
    const files = adaFiles();
    files["ada-lovelace-cv.md"] = Buffer.from(
      `${Buffer.from(files["ada-lovelace-cv.md"] ?? "", "base64").toString("utf8")}\nNew line.\n`,
    ).toString("base64");
    const response = await importYaml(ADA_YAML.replace("years_experience: 9", "years_experience: 10"), files);
    const result = ProfileImportResult.parse(await response.json());
    expect(result.changed).toBe(true);
    expect(result.profile.resumes.find((r) => r.key === "master_ai_ml_md")?.latestVersion).toBe(2);
    expect(result.profile.resumes.find((r) => r.key === "master_ai_ml")?.latestVersion).toBe(1);
    const after = await counts();
    expect(after).toMatchObject({ users: 1, profiles: 1, resumes: 3, versions: 4 });
    const { rows } = await s.t.database.db.execute<{ table_name: string; field_name: string }>(
      sql`select table_name, field_name from data_corrections order by created_at`,
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { table_name: "user_profiles", field_name: "role_preferences" },
        { table_name: "resume_versions", field_name: "is_default_for_resume" },
      ]),
    );
    const { rows: defaults } = await s.t.database.db.execute<{ version_number: number }>(
      sql`select v.version_number from resume_versions v join resumes r on r.id = v.resume_id
          where r.resume_key = 'master_ai_ml_md' and v.is_default_for_resume`,
    );
    expect(defaults).toEqual([{ version_number: 2 }]);
  });

  it("lists the stored profiles", async () => {
    const response = await s.call("/api/profiles");
    const body = (await response.json()) as { profiles: { email: string; resumes: unknown[] }[] };
    expect(body.profiles).toHaveLength(1);
    expect(body.profiles[0]?.email).toBe("ada.lovelace@example.com");
    expect(body.profiles[0]?.resumes).toHaveLength(3);
  });

  it("refuses another person's profile on this server, storing nothing", async () => {
    const before = await counts();
    const response = await importYaml(ADA_YAML.replace("ada.lovelace@example.com", "grace.hopper@example.com"));
    expect(response.status).toBe(409);
    expect(ErrorBody.parse(await response.json()).message).toMatch(/own NYX_DATA_DIR/);
    expect(await counts()).toEqual(before);
  });

  it("never writes the token or the person's data into the log", () => {
    const log = s.logs.join("");
    expect(s.logs.length).toBeGreaterThan(5);
    for (const secret of [s.token, "ada.lovelace@example.com", "Lovelace", "79 555 01 23", "Seestrasse"]) {
      expect(log).not.toContain(secret);
    }
    expect(log).toContain('"route":"/api/profiles"');
  });
});
