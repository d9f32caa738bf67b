import { DEFAULT_SETTINGS, ErrorBody, FillPlanResponse, Settings } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp, type TestApp } from "./support.ts";

describe("settings", () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp();
  });
  afterAll(() => s.dispose());

  it("starts from the owner's defaults", async () => {
    const body = Settings.parse(await (await s.call("/api/settings")).json());
    expect(body).toEqual(DEFAULT_SETTINGS);
    expect(body.thresholds).toEqual({ apply: 0.5, review: 0.2 });
    expect(body.premiumCountries).toContain("Switzerland");
  });

  it("keeps every version and answers with the newest", async () => {
    await s.call("/api/settings", {
      method: "PUT",
      json: { companyTiers: { top: ["Quillstone"], avoid: ["Initech"] } },
    });
    const saved = await s.call("/api/settings", { method: "PUT", json: { thresholds: { apply: 0.6, review: 0.3 } } });
    expect(Settings.parse(await saved.json())).toMatchObject({
      thresholds: { apply: 0.6, review: 0.3 },
      companyTiers: { top: ["Quillstone"], avoid: ["Initech"] },
    });
    const { rows } = await s.t.database.db.execute<{ active: number; all: number }>(
      sql`select count(*) filter (where is_active)::int as active, count(*)::int as all from system_configs where config_name = 'settings'`,
    );
    expect(rows[0]).toEqual({ active: 1, all: 2 });
  });

  it("refuses bad settings naming the field, and keeps the old ones", async () => {
    const response = await s.call("/api/settings", {
      method: "PUT",
      json: { thresholds: { apply: 0.2, review: 0.6 } },
    });
    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).issues?.[0]?.path).toBe("thresholds.review");
    const unknown = await s.call("/api/settings", { method: "PUT", json: { surprise: true } });
    expect(unknown.status).toBe(400);
    expect(Settings.parse(await (await s.call("/api/settings")).json()).thresholds.apply).toBe(0.6);
  });

  it("paces the apply flow like a person by default, and the fill plan carries the person's timing", async () => {
    expect(DEFAULT_SETTINGS.stealth.fieldDelayMs.min).toBeGreaterThan(0);
    const backwards = await s.call("/api/settings", {
      method: "PUT",
      json: { stealth: { fieldDelayMs: { min: 900, max: 100 } } },
    });
    expect(backwards.status).toBe(400);
    expect(ErrorBody.parse(await backwards.json()).issues?.[0]?.path).toBe("stealth.fieldDelayMs.min");
    const off = { min: 0, max: 0 };
    const saved = await s.call("/api/settings", {
      method: "PUT",
      json: { stealth: { fieldDelayMs: off, stepDelayMs: off } },
    });
    expect(saved.status).toBe(200);
    await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
    const plan = await s.call("/api/fill-plan", {
      method: "POST",
      json: {
        form: { pageUrl: "https://jobs.example.org/apply", fields: [{ ref: "f1", type: "email", label: "Email" }] },
      },
    });
    expect(plan.status).toBe(200);
    expect(FillPlanResponse.parse(await plan.json()).pacing).toEqual({ fieldDelayMs: off, stepDelayMs: off });
  });
});
