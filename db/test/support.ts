import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type Database, type Driver, openDatabase } from "../src/client.ts";

/**
 * Test databases of both kinds: embedded PGlite in a temporary folder, and a database created on
 * the real Postgres (NYX_TEST_PG_URL, default the local server) for one suite and dropped after.
 * In CI the real Postgres is required; elsewhere its suites are skipped with a warning.
 */
export const PG_ADMIN_URL = process.env.NYX_TEST_PG_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export const postgresAvailable = await reachable(PG_ADMIN_URL);
if (!postgresAvailable) {
  if (process.env.CI) throw new Error(`CI needs the real Postgres at ${PG_ADMIN_URL}, and it does not answer`);
  console.warn(`[nyx tests] no Postgres at ${PG_ADMIN_URL}: the real-Postgres suites are skipped`);
}

/** The drivers to run a suite against (`describe.each(DRIVERS)`). */
export const DRIVERS: Driver[] = postgresAvailable ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase {
  database: Database;
  dataDir: string;
  /** The postgres:// URL of the scratch database (real Postgres only). */
  url: string | undefined;
  dispose(): Promise<void>;
}

export async function createTestDatabase(driver: Driver, options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-test-"));
  const url = driver === "postgres" ? await createScratchDatabase() : undefined;
  const database = await openDatabase({ databaseUrl: url, dataDir });
  if (options.migrate !== false) await database.migrate();
  return {
    database,
    dataDir,
    url,
    dispose: async () => {
      await database.close();
      if (url) await dropScratchDatabase(url);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createScratchDatabase(): Promise<string> {
  const name = `nyx_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin((client) => client.query(`create database ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropScratchDatabase(url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  if (!/^nyx_test_\w+$/.test(name)) throw new Error(`refusing to drop ${name}`);
  await withAdmin((client) => client.query(`drop database if exists ${name} with (force)`));
}

export async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>, url = PG_ADMIN_URL): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
