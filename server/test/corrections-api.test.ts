import { schema } from "@nyx/db";
import { ErrorBody } from "@nyx/shared";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claimOwner } from "../src/owner.ts";
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
    claimOwner(s.dataDir, userId, "a@example.com");
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

  it("corrects only this person's records and the shared facts; never whose a record is", async () => {
    const db = s.t.database.db;
    const [other] = await db.insert(schema.users).values({ name: "Grace", email: "g@example.com" }).returning();
    const otherId = other?.id ?? "";
    const [session] = await db.insert(schema.applicationSessions).values({ userId: otherId }).returning();
    const [company] = await db.insert(schema.companies).values({ name: "Shared Co" }).returning();

    const someoneElse = await s.call("/api/corrections", {
      method: "POST",
      json: { table: "users", recordId: otherId, field: "timezone", newValue: "Asia/Tokyo" },
    });
    expect(someoneElse.status).toBe(404);
    const theirSession = await s.call("/api/corrections", {
      method: "POST",
      json: { table: "application_sessions", recordId: session?.id, field: "session_name", newValue: "mine now" },
    });
    expect(theirSession.status).toBe(404);
    const moved = await s.call("/api/corrections", {
      method: "POST",
      json: { table: "application_sessions", recordId: session?.id, field: "user_id", newValue: userId },
    });
    expect(moved.status).toBe(400);
    const shared = await s.call("/api/corrections", {
      method: "POST",
      json: { table: "companies", recordId: company?.id, field: "industry", newValue: "Software" },
    });
    expect(shared.status).toBe(201);

    const [grace] = await db.select().from(schema.users).where(eq(schema.users.id, otherId));
    expect(grace?.timezone).toBe("UTC");
    const [kept] = await db
      .select()
      .from(schema.applicationSessions)
      .where(eq(schema.applicationSessions.id, session?.id ?? ""));
    expect(kept?.userId).toBe(otherId);
    const theirs = await s.call(`/api/corrections?recordId=${otherId}`);
    expect(((await theirs.json()) as { corrections: unknown[] }).corrections).toHaveLength(0);
  });
});
