import type { Db } from "@nyx/db";
import { sql } from "drizzle-orm";
import type { Tx } from "./lease.ts";

export interface PersonDay {
  /** Midnight of the person's calendar day, as an instant. */
  dayStart: Date;
  /** The person's calendar date, YYYY-MM-DD. */
  today: string;
}

/** Today in the person's time zone (users.timezone; UTC when unset or unknown to Postgres). */
export async function personDay(db: Db | Tx, userId: string): Promise<PersonDay> {
  const { rows } = await db.execute<{ tz: string | null }>(sql`select timezone as tz from users where id = ${userId}`);
  const tz = rows[0]?.tz ?? "UTC";
  const known = await db.execute<{ ok: boolean }>(
    sql`select exists (select 1 from pg_timezone_names where name = ${tz}) as ok`,
  );
  const zone = known.rows[0]?.ok ? tz : "UTC";
  const day = await db.execute<{ start: number; today: string }>(sql`
    select extract(epoch from date_trunc('day', now() at time zone ${zone}) at time zone ${zone})::float8 as start,
           (now() at time zone ${zone})::date::text as today`);
  const row = day.rows[0];
  if (!row) throw new Error("the database did not tell the date");
  return { dayStart: new Date(Number(row.start) * 1000), today: row.today };
}
