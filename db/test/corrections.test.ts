import { AppError } from "@nyx/shared";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordCorrection } from "../src/corrections.ts";
import * as schema from "../src/schema/index.ts";
import { createTestDatabase, DRIVERS, type TestDatabase } from "./support.ts";

describe.each(DRIVERS)("data corrections on %s", (driver) => {
  let t: TestDatabase;
  let userId: string;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    const [user] = await t.database.db
      .insert(schema.users)
      .values({ name: "Ada L", email: "correct@example.com" })
      .returning();
    userId = user?.id ?? "";
  });
  afterAll(() => t.dispose());

  async function correctionCount(): Promise<number> {
    const { rows } = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from data_corrections`);
    return rows[0]?.n ?? -1;
  }

  it("records the old and new value and applies the change", async () => {
    const correction = await recordCorrection(t.database.db, {
      table: "users",
      recordId: userId,
      field: "name",
      newValue: "Ada Lovelace",
      reason: "typo",
    });
    expect(correction).toMatchObject({ table: "users", field: "name", oldValue: "Ada L", newValue: "Ada Lovelace" });
    const [user] = await t.database.db.select().from(schema.users).where(eq(schema.users.id, userId));
    expect(user?.name).toBe("Ada Lovelace");
    const [row] = await t.database.db
      .select()
      .from(schema.dataCorrections)
      .where(eq(schema.dataCorrections.id, correction.id));
    expect(row).toMatchObject({ tableName: "users", recordId: userId, correctionReason: "typo", correctedBy: "user" });
  });

  it("converts JSON to the column's type (booleans, jsonb)", async () => {
    await recordCorrection(t.database.db, { table: "users", recordId: userId, field: "is_active", newValue: false });
    const [user] = await t.database.db.select().from(schema.users).where(eq(schema.users.id, userId));
    expect(user?.isActive).toBe(false);
  });

  it("refuses a value the database refuses, and writes nothing", async () => {
    const [session] = await t.database.db.insert(schema.applicationSessions).values({ userId }).returning();
    const before = await correctionCount();
    const error = await recordCorrection(t.database.db, {
      table: "application_sessions",
      recordId: session?.id ?? "",
      field: "status",
      newValue: "exploded",
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("validation_failed");
    expect(await correctionCount()).toBe(before);
    const [after] = await t.database.db
      .select()
      .from(schema.applicationSessions)
      .where(eq(schema.applicationSessions.id, session?.id ?? ""));
    expect(after?.status).toBe("planned");
  });

  it("refuses unknown tables, fixed columns and missing rows", async () => {
    const attempts = [
      { table: "pg_authid", recordId: userId, field: "rolname", newValue: "x" },
      { table: "users", recordId: userId, field: "id", newValue: "x" },
      { table: "users", recordId: userId, field: "no_such_column", newValue: "x" },
      { table: "users", recordId: "00000000-0000-4000-8000-000000000000", field: "name", newValue: "x" },
    ];
    for (const attempt of attempts) {
      await expect(recordCorrection(t.database.db, attempt)).rejects.toBeInstanceOf(AppError);
    }
  });
});
