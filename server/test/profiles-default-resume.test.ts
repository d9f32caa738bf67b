import { ErrorBody, ProfileSummary } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp, type TestApp } from "./support.ts";

const Profiles = z.object({ profiles: z.array(ProfileSummary) });
const Chosen = z.object({ profile: ProfileSummary });

/** Settings → Profiles and CVs: the person chooses which CV applications use by default. */
describe("choosing the default CV", () => {
  let s: TestApp;
  let profile: ProfileSummary;
  beforeAll(async () => {
    s = await createTestApp();
    const imported = await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
    expect(imported.status).toBe(201);
    const [first] = Profiles.parse(await (await s.call("/api/profiles")).json()).profiles;
    if (!first) throw new Error("the import listed no profile");
    profile = first;
  });
  afterAll(() => s.dispose());

  const defaultKey = (p: ProfileSummary) => p.resumes.filter((r) => r.isDefault).map((r) => r.key);
  const corrections = async () =>
    (
      await s.t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from data_corrections where table_name = 'user_profiles' and field_name = 'role_preferences'`,
      )
    ).rows[0]?.n;

  it("marks the chosen CV, and only it, as the default; the old document stays as a correction", async () => {
    const [before] = defaultKey(profile);
    const other = profile.resumes.find((r) => r.key !== before);
    if (!before || !other) throw new Error("the fixture profile has at least two CVs");
    const response = await s.call(`/api/profiles/${profile.id}/default-resume`, {
      method: "PUT",
      json: { key: other.key },
    });
    expect(response.status).toBe(200);
    expect(defaultKey(Chosen.parse(await response.json()).profile)).toEqual([other.key]);
    const listed = Profiles.parse(await (await s.call("/api/profiles")).json()).profiles[0];
    expect(listed && defaultKey(listed)).toEqual([other.key]);
    expect(await corrections()).toBe(1);

    // Choosing it again changes nothing.
    await s.call(`/api/profiles/${profile.id}/default-resume`, { method: "PUT", json: { key: other.key } });
    expect(await corrections()).toBe(1);
  });

  it("refuses a CV the profile does not have, or a profile that is not there, and changes nothing", async () => {
    const before = Profiles.parse(await (await s.call("/api/profiles")).json()).profiles[0];
    const unknown = await s.call(`/api/profiles/${profile.id}/default-resume`, {
      method: "PUT",
      json: { key: "no_such_cv" },
    });
    expect(unknown.status).toBe(400);
    expect(ErrorBody.parse(await unknown.json()).message).toMatch(/no CV "no_such_cv"/);
    const elsewhere = await s.call("/api/profiles/00000000-0000-4000-8000-000000000000/default-resume", {
      method: "PUT",
      json: { key: profile.resumes[0]?.key },
    });
    expect(elsewhere.status).toBe(404);
    const notAnId = await s.call("/api/profiles/nope/default-resume", { method: "PUT", json: { key: "x" } });
    expect(notAnId.status).toBe(404);
    const after = Profiles.parse(await (await s.call("/api/profiles")).json()).profiles[0];
    expect(after && defaultKey(after)).toEqual(before && defaultKey(before));
  });
});
