import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";

/** The committed drizzle-kit SQL migrations (db/drizzle). */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL("../drizzle", import.meta.url));

/** pg_advisory_lock key that serialises migrations between servers sharing one database. */
export const MIGRATION_LOCK_KEY = 0x4e5958; // "NYX"

/** How many migrations drizzle has recorded as applied (0 on a database never migrated). */
export async function countAppliedMigrations(db: Db): Promise<number> {
  const exists = await db.execute<{ present: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (exists.rows[0]?.present !== true) return 0;
  const count = await db.execute<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
  return count.rows[0]?.n ?? 0;
}
