import { schema } from "@nyx/db";
import { ErrorBody } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./support.ts";

describe("POST /api/corrections", () => {
  let s: TestApp;
  let userId = "";
  beforeAll(async () => {
    s = await createTestApp();
    const [row] = await s.t.database.db
      .insert(schema.users)
      .values({ name: "Ada", email: "a@example.com" })
      .returning();
    userId = row?.id ?? "";
  });
  afterAll(() => s.dispose());

  it("records a correction and lists it for the record", async () => {
    const response = await s.call("/api/corrections", {
      method: "POST",
      json: { table: "users", recordId: userId, field: "timezone", newValue: "Europe/Zurich", reason: "moved" },
    });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ field: "timezone", oldValue: "UTC", newValue: "Europe/Zurich" });
    const list = (await (await s.call(`/api/corrections?recordId=${userId}`)).json()) as { corrections: unknown[] };
    expect(list.corrections).toHaveLength(1);
  });

  it("refuses bad input with a 400 naming the field, and records nothing", async () => {
    const bad = await s.call("/api/corrections", {
      method: "POST",
      json: { table: "users", recordId: "not-a-uuid", field: "timezone", newValue: "x" },
    });
    expect(bad.status).toBe(400);
    expect(ErrorBody.parse(await bad.json()).issues?.[0]?.path).toBe("recordId");
    const fixed = await s.call("/api/corrections", {
      method: "POST",
      json: { table: "users", recordId: userId, field: "id", newValue: "x" },
    });
    expect(fixed.status).toBe(400);
    const list = (await (await s.call(`/api/corrections?recordId=${userId}`)).json()) as { corrections: unknown[] };
    expect(list.corrections).toHaveLength(1);
  });
});
