import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { referenceTables, SATURNUS_TABLES } from "./reference.ts";
import { createTestDatabase, DRIVERS, type TestDatabase } from "./support.ts";

/** A structural fingerprint: columns, constraints, indexes, triggers, functions. */
const STRUCTURE = sql`
  select 'col ' || table_schema || '.' || table_name || '.' || column_name || ' ' || data_type || ' ' ||
         is_nullable || ' ' || coalesce(column_default, '-') as line
    from information_schema.columns where table_schema in ('public', 'saturnus')
  union all
  select 'con ' || conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid)
    from pg_constraint where connamespace in ('public'::regnamespace, 'saturnus'::regnamespace)
  union all
  select 'idx ' || schemaname || ' ' || indexdef from pg_indexes where schemaname in ('public', 'saturnus')
  union all
  select 'trg ' || tgrelid::regclass::text || ' ' || tgname from pg_trigger where not tgisinternal
  union all
  select 'fn ' || proname from pg_proc where pronamespace = 'public'::regnamespace
  order by 1`;

describe.each(DRIVERS)("migrations on %s", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(driver, { migrate: false });
  });
  afterAll(() => t.dispose());

  it("creates every table and column of schema-reference.md, the Saturnus ones in the saturnus schema", async () => {
    const first = await t.database.migrate();
    expect(first.applied).toBe(first.total);
    expect(first.total).toBeGreaterThanOrEqual(2);

    const { rows } = await t.database.db.execute<{ table_schema: string; table_name: string; column_name: string }>(
      sql`select table_schema, table_name, column_name from information_schema.columns
          where table_schema in ('public', 'saturnus')`,
    );
    const have = new Map<string, { schema: string; columns: Set<string> }>();
    for (const r of rows) {
      const entry = have.get(r.table_name) ?? { schema: r.table_schema, columns: new Set<string>() };
      entry.columns.add(r.column_name);
      have.set(r.table_name, entry);
    }
    const want = referenceTables();
    expect(want.size).toBe(39);
    expect([...want.values()].reduce((n, cols) => n + cols.length, 0)).toBe(415);
    for (const [table, columns] of want) {
      const got = have.get(table);
      expect(got, `table ${table}`).toBeDefined();
      expect([...(got?.columns ?? [])].sort(), `columns of ${table}`).toEqual([...columns].sort());
      expect(got?.schema, `schema of ${table}`).toBe(SATURNUS_TABLES.includes(table) ? "saturnus" : "public");
    }
    expect(have.size).toBe(39);
  });

  it("is idempotent: a second run applies nothing and changes no structure", async () => {
    const before = (await t.database.db.execute<{ line: string }>(STRUCTURE)).rows.map((r) => r.line);
    const again = await t.database.migrate();
    expect(again.applied).toBe(0);
    const after = (await t.database.db.execute<{ line: string }>(STRUCTURE)).rows.map((r) => r.line);
    expect(after).toEqual(before);
    expect(before.filter((l) => l.startsWith("idx ")).length).toBeGreaterThanOrEqual(93 + 39);
  });

  it("seeds the job sources and the model providers with their prices", async () => {
    const sources = await t.database.db.execute<{ name: string }>(sql`select name from job_sources order by name`);
    expect(sources.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(["LinkedIn", "Indeed", "Greenhouse", "Workday", "Lever", "Direct"]),
    );
    const providers = await t.database.db.execute<{ name: string; pricing_json: Record<string, { input: number }> }>(
      sql`select name, pricing_json from model_providers order by name`,
    );
    const xai = providers.rows.find((r) => r.name === "xAI");
    expect(xai?.pricing_json["grok-4-1-fast-reasoning"]?.input).toBe(0.2);
    expect(providers.rows.find((r) => r.name === "OpenAI")?.pricing_json["text-embedding-3-small"]).toBeDefined();
  });

  it("keeps updated_at current on update", async () => {
    const inserted = await t.database.db.execute<{ id: string; updated_at: Date }>(
      sql`insert into users (name, email, updated_at) values ('T', 'updated-at@example.com', now() - interval '1 day')
          returning id, updated_at`,
    );
    const row = inserted.rows[0];
    expect(row).toBeDefined();
    const updated = await t.database.db.execute<{ fresh: boolean }>(
      sql`update users set notes = 'x' where id = ${row?.id} returning updated_at > now() - interval '1 minute' as fresh`,
    );
    expect(updated.rows[0]?.fresh).toBe(true);
  });
});
