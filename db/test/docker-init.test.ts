import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "../src/client.ts";
import { PG_ADMIN_URL, postgresAvailable, withAdmin } from "./support.ts";

/**
 * docker-compose's init script, run against the local Postgres (no Docker engine here) with
 * names of its own, then Nyx's migrations as the nyx role, then Saturnus's rights checked.
 */
const INIT_SH = fileURLToPath(new URL("../docker/initdb/10-nyx-venatrix.sh", import.meta.url));
const INIT_SQL = fileURLToPath(new URL("../docker/sql/init.sql", import.meta.url));
const suffix = `${process.pid}_${Date.now().toString(36)}`;
const names = { db: `nyx_test_init_${suffix}`, nyx: `nyx_test_owner_${suffix}`, saturnus: `nyx_test_sat_${suffix}` };

function urlFor(role: string): string {
  const url = new URL(PG_ADMIN_URL);
  url.username = role;
  url.password = "pw";
  url.pathname = `/${names.db}`;
  return url.toString();
}

async function asRole(role: string, statement: string): Promise<{ ok: true } | { ok: false; code: string }> {
  return withAdmin(async (client) => {
    try {
      await client.query(statement);
      return { ok: true };
    } catch (error) {
      return { ok: false, code: String((error as { code?: unknown }).code) };
    }
  }, urlFor(role));
}

describe.skipIf(!postgresAvailable)("docker init SQL on the local Postgres", () => {
  beforeAll(async () => {
    const admin = new URL(PG_ADMIN_URL);
    const run = () =>
      execFileSync("sh", [INIT_SH], {
        env: {
          ...process.env,
          PGHOST: admin.hostname,
          PGPORT: admin.port || "5432",
          POSTGRES_USER: decodeURIComponent(admin.username) || "postgres",
          NYX_DB_NAME: names.db,
          NYX_DB_ROLE: names.nyx,
          NYX_DB_PASSWORD: "pw",
          SATURNUS_DB_ROLE: names.saturnus,
          SATURNUS_DB_PASSWORD: "pw",
          NYX_INIT_SQL: INIT_SQL,
        },
        stdio: "pipe",
      });
    run();
    run(); // a second run (a restarted container) must not fail
    const database = await openDatabase({ databaseUrl: urlFor(names.nyx), dataDir: "/nonexistent" });
    try {
      await database.migrate();
      await withAdmin(
        (c) => c.query("insert into users (name, email) values ('Saturnus Test', 'sat@example.com')"),
        urlFor(names.nyx),
      );
    } finally {
      await database.close();
    }
  });

  afterAll(async () => {
    await withAdmin(async (client) => {
      await client.query(`drop database if exists ${names.db} with (force)`);
      await client.query(`drop role if exists ${names.saturnus}`);
      await client.query(`drop role if exists ${names.nyx}`);
    });
  });

  it("creates the database owned by the nyx role, with the saturnus schema", async () => {
    const rows = await withAdmin(
      (c) =>
        c.query<{ owner: string; schema_owner: string }>(
          `select pg_get_userbyid(d.datdba) as owner,
                  (select pg_get_userbyid(nspowner) from pg_namespace where nspname = 'saturnus') as schema_owner
             from pg_database d where datname = current_database()`,
        ),
      urlFor(names.nyx),
    );
    expect(rows.rows[0]).toEqual({ owner: names.nyx, schema_owner: names.nyx });
  });

  it("lets saturnus read Nyx's tables but not change them", async () => {
    expect(await asRole(names.saturnus, "select count(*) from applications")).toEqual({ ok: true });
    expect(await asRole(names.saturnus, "select count(*) from users")).toEqual({ ok: true });
    expect(await asRole(names.saturnus, "insert into users (name, email) values ('x', 'x@example.com')")).toEqual({
      ok: false,
      code: "42501",
    });
    expect(await asRole(names.saturnus, "update users set notes = 'x'")).toEqual({ ok: false, code: "42501" });
    expect(await asRole(names.saturnus, "delete from users")).toEqual({ ok: false, code: "42501" });
    expect(await asRole(names.saturnus, "create table public.intruder (id int)")).toEqual({
      ok: false,
      code: "42501",
    });
  });

  it("gives saturnus full rights on its own schema's tables", async () => {
    expect(
      await asRole(
        names.saturnus,
        `insert into saturnus.email_accounts (user_id, provider, address)
           select id, 'imap', 'inbox@example.com' from users where email = 'sat@example.com'`,
      ),
    ).toEqual({ ok: true });
    expect(await asRole(names.saturnus, "update saturnus.email_accounts set display_name = 'Inbox'")).toEqual({
      ok: true,
    });
    expect(await asRole(names.saturnus, "create table saturnus.own_table (id int)")).toEqual({ ok: true });
  });
});
