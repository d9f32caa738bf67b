import { DomainPolicies, ErrorBody } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyFor } from "../src/queue/domain-policy.ts";
import { createTestApp, type TestApp } from "./support.ts";

/** Settings → Domain policies: per-site caps the queue enforces, set over HTTP. */
describe("domain policies over HTTP", () => {
  let s: TestApp;
  beforeAll(async () => {
    s = await createTestApp();
  });
  afterAll(() => s.dispose());

  const put = (json: unknown) => s.call("/api/domain-policies", { method: "PUT", json });
  const list = async () => DomainPolicies.parse(await (await s.call("/api/domain-policies")).json()).policies;

  it("starts empty, adds a policy the queue then applies, and changes it as a data correction", async () => {
    expect(await list()).toEqual([]);
    const created = await put({ domain: "Boards.Example.com", maxPerDay: 4, minSecondsBetween: 120, maxConcurrent: 1 });
    expect(created.status).toBe(200);
    expect(await list()).toEqual([
      { domain: "boards.example.com", maxPerDay: 4, minSecondsBetween: 120, maxConcurrent: 1, avoid: false },
    ]);
    expect(await policyFor(s.t.database.db, "eu.boards.example.com")).toEqual({
      key: "boards.example.com",
      maxPerDay: 4,
      minSecondsBetween: 120,
      maxConcurrent: 1,
    });

    await put({ domain: "boards.example.com", maxPerDay: 6, minSecondsBetween: 120, maxConcurrent: 2, avoid: true });
    expect((await list())[0]).toEqual({
      domain: "boards.example.com",
      maxPerDay: 6,
      minSecondsBetween: 120,
      maxConcurrent: 2,
      avoid: true,
    });
    const { rows } = await s.t.database.db.execute<{ field_name: string }>(
      sql`select field_name from data_corrections where table_name = 'domain_policies' order by field_name`,
    );
    expect(rows.map((r) => r.field_name)).toEqual([
      "avoid_if_possible",
      "max_applications_per_day",
      "max_concurrent_applications",
    ]);
  });

  it("refuses a bad value naming the field, and changes nothing", async () => {
    const before = await list();
    const response = await put({ domain: "boards.example.com", maxPerDay: 6, minSecondsBetween: -1, maxConcurrent: 2 });
    expect(response.status).toBe(400);
    expect(ErrorBody.parse(await response.json()).issues?.[0]?.path).toBe("minSecondsBetween");
    const notADomain = await put({ domain: "not a domain", maxPerDay: 1, minSecondsBetween: 0, maxConcurrent: 1 });
    expect(ErrorBody.parse(await notADomain.json()).message).toMatch(/domain: expected a domain/);
    expect(await list()).toEqual(before);
  });
});
