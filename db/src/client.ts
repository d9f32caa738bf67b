import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { acquireDataDirLock } from "./data-dir-lock.ts";
import { countAppliedMigrations, MIGRATION_LOCK_KEY, MIGRATIONS_FOLDER } from "./migrations.ts";
import { openPgliteClient } from "./pglite-open.ts";
import * as schema from "./schema/index.ts";

export type Schema = typeof schema;

/** Both drivers answer a raw query with `{ rows }`; this says so to the type system. */
export interface RowsResultHKT extends PgQueryResultHKT {
  readonly type: RowsResult<this["row"]>;
}
interface RowsResult<Row> {
  rows: Row[];
}
/** The one database type the rest of Nyx codes against, whichever driver is underneath. */
export type Db = PgDatabase<RowsResultHKT, Schema>;
export type Driver = "pglite" | "postgres";

export interface Database {
  readonly db: Db;
  readonly driver: Driver;
  /** Where the data lives, for messages: the PGlite folder or the Postgres host/database (no password). */
  readonly location: string;
  ping(): Promise<void>;
  /** Applies the committed migrations that are not applied yet; safe to run any number of times. */
  migrate(): Promise<{ applied: number; total: number }>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A postgres:// URL: use that server. Without it, embedded PGlite in `dataDir`. */
  databaseUrl?: string | undefined;
  /** The Nyx data folder (PGlite keeps its files in `<dataDir>/pgdata`). */
  dataDir: string;
  /** Pool size for a Postgres server. */
  poolSize?: number;
  /** Called with a pool error (a dropped idle connection); the pool recovers by itself. */
  onPoolError?: (error: Error) => void;
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  return options.databaseUrl ? openPostgres(options.databaseUrl, options) : openPglite(options.dataDir);
}

// Each driver is loaded when a database of its kind is opened: a server runs one of them.
async function openPostgres(url: string, options: OpenOptions): Promise<Database> {
  const [{ default: pg }, { drizzle: drizzlePg }, { migrate: migratePg }] = await Promise.all([
    import("pg"),
    import("drizzle-orm/node-postgres"),
    import("drizzle-orm/node-postgres/migrator"),
  ]);
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10 });
  pool.on("error", (error) => options.onPoolError?.(error));
  const pgDb = drizzlePg({ client: pool, schema });
  const db: Db = pgDb;
  return {
    db,
    driver: "postgres",
    location: describeUrl(url),
    ping: async () => {
      await db.execute(sql`select 1`);
    },
    migrate: async () => {
      // Several servers may share one database: the advisory lock lets one migrate at a time.
      const lock = await pool.connect();
      try {
        await lock.query("select pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
        const before = await countAppliedMigrations(db);
        await migratePg(pgDb, { migrationsFolder: MIGRATIONS_FOLDER });
        const total = await countAppliedMigrations(db);
        return { applied: total - before, total };
      } finally {
        await lock.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => undefined);
        lock.release();
      }
    },
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  const folder = join(dataDir, "pgdata");
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const release = acquireDataDirLock(dataDir);
  try {
    const [{ drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
      import("drizzle-orm/pglite"),
      import("drizzle-orm/pglite/migrator"),
    ]);
    const client = await openPgliteClient(folder);
    const liteDb = drizzlePglite({ client, schema });
    const db: Db = liteDb;
    return {
      db,
      driver: "pglite",
      location: folder,
      ping: async () => {
        await db.execute(sql`select 1`);
      },
      migrate: async () => {
        const before = await countAppliedMigrations(db);
        await migratePglite(liteDb, { migrationsFolder: MIGRATIONS_FOLDER });
        const total = await countAppliedMigrations(db);
        return { applied: total - before, total };
      },
      close: async () => {
        try {
          await client.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    release();
    throw error;
  }
}

/** postgres://user:secret@host:5432/db → postgres://user@host:5432/db (never print a password). */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = "";
    return u.toString();
  } catch {
    return "(an unparseable DATABASE_URL)";
  }
}
