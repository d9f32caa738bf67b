// Not a table of schema-reference.md: the work queue's leases, in their own `nyx_runtime` Postgres
// schema. A lease is working state, not a recorded fact: it is taken, renewed and given back, so it
// lives outside the append-only tables (their history is in application_events and
// application_status_history, which the queue writes as well).
import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, pgSchema, text, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications.ts";
import { timestamptz } from "./columns.ts";
import { users } from "./identity.ts";
import { applicationSessions } from "./sessions.ts";

export const nyxRuntime = pgSchema("nyx_runtime");

/**
 * One row per application that has been handed to a worker at least once. `attempt` counts the
 * hand-overs; a worker's reports carry the attempt they belong to, so a worker whose lease ran out
 * can never record a submit intent after another attempt started. `leasedUntil` is null when no
 * worker holds the application; `notBefore` delays the next attempt after a failure (backoff).
 */
export const applicationLeases = nyxRuntime.table(
  "application_leases",
  {
    applicationId: uuid("application_id").primaryKey(),
    userId: uuid("user_id").notNull(),
    sessionId: uuid("session_id"),
    /** The server process that handed it out (several servers may share one database). */
    holder: text("holder"),
    attempt: integer("attempt").notNull().default(0),
    leasedUntil: timestamptz("leased_until"),
    notBefore: timestamptz("not_before"),
    lastError: text("last_error"),
    updatedAt: timestamptz("updated_at").notNull().defaultNow(),
  },
  (t) => [
    foreignKey({
      name: "application_leases_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    foreignKey({ name: "application_leases_user_id_fkey", columns: [t.userId], foreignColumns: [users.id] }),
    foreignKey({
      name: "application_leases_session_id_fkey",
      columns: [t.sessionId],
      foreignColumns: [applicationSessions.id],
    }),
    check("application_leases_attempt_check", sql`attempt >= 0`),
    index("idx_application_leases_leased").on(t.leasedUntil).where(sql`leased_until IS NOT NULL`),
  ],
);
