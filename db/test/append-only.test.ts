import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pgError } from "../src/corrections.ts";
import { referenceTables, SATURNUS_TABLES } from "./reference.ts";
import { createTestDatabase, DRIVERS, type TestDatabase } from "./support.ts";

const NYX_TABLES = [...referenceTables().keys()].filter((t) => !SATURNUS_TABLES.includes(t));

describe.each(DRIVERS)("append-only data on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver);
    await t.database.db.execute(sql`insert into users (name, email) values ('Keep Me', 'keep@example.com')`);
  });
  afterAll(() => t.dispose());

  it("has 33 Nyx tables to guard", () => {
    expect(NYX_TABLES).toHaveLength(33);
  });

  it.each(NYX_TABLES)("refuses DELETE and TRUNCATE on %s, naming data_corrections", async (table) => {
    for (const statement of [`delete from ${table}`, `truncate ${table} cascade`]) {
      const error = await t.database.db.execute(sql.raw(statement)).then(
        () => undefined,
        (e: unknown) => e,
      );
      const pg = pgError(error);
      expect(pg?.code, statement).toBe("NX001");
      expect(pg?.message).toMatch(/append-only/);
      expect(pg?.message).toMatch(/data_corrections/);
      expect(pg?.message).toContain(table);
    }
  });

  it("leaves the rows in place", async () => {
    const { rows } = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from users where email = 'keep@example.com'`,
    );
    expect(rows[0]?.n).toBe(1);
  });
});
