// Part 3 of shared/spec/schema-reference.md: application sessions (runs) and their events.
import { sql } from "drizzle-orm";
import { bigint, check, foreignKey, index, integer, jsonb, numeric, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns.ts";
import { users } from "./identity.ts";

export const applicationSessions = pgTable(
  "application_sessions",
  {
    id: id(),
    userId: uuid("user_id").notNull(),
    sessionName: text("session_name"),
    startDatetime: timestamptz("start_datetime").defaultNow(),
    endDatetime: timestamptz("end_datetime"),
    status: text("status").default("planned"),
    maxApplications: integer("max_applications").default(200),
    maxDurationSeconds: integer("max_duration_seconds").default(7200),
    maxParallelAgents: integer("max_parallel_agents").default(5),
    configSnapshot: jsonb("config_snapshot"),
    totalApplicationsAttempted: integer("total_applications_attempted").default(0),
    totalApplicationsSuccessful: integer("total_applications_successful").default(0),
    totalTokensInput: bigint("total_tokens_input", { mode: "number" }).default(0),
    totalTokensOutput: bigint("total_tokens_output", { mode: "number" }).default(0),
    totalCostEstimated: numeric("total_cost_estimated", { precision: 10, scale: 4 }).default(sql`0`),
    numLowEffort: integer("num_low_effort").default(0),
    numMediumEffort: integer("num_medium_effort").default(0),
    numHighEffort: integer("num_high_effort").default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ name: "application_sessions_user_id_fkey", columns: [t.userId], foreignColumns: [users.id] }),
    check(
      "application_sessions_status_check",
      sql`status IN ('planned', 'running', 'completed', 'paused', 'failed', 'cancelled')`,
    ),
    index("idx_sessions_user").on(t.userId),
    index("idx_sessions_status").on(t.status),
    index("idx_sessions_start").on(t.startDatetime.desc().nullsFirst()),
  ],
);

export const sessionEvents = pgTable(
  "session_events",
  {
    id: id(),
    sessionId: uuid("session_id").notNull(),
    eventType: text("event_type").notNull(),
    message: text("message"),
    payload: jsonb("payload"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "session_events_session_id_fkey",
      columns: [t.sessionId],
      foreignColumns: [applicationSessions.id],
    }),
    index("idx_session_events_session").on(t.sessionId),
    index("idx_session_events_type").on(t.eventType),
    index("idx_session_events_created").on(t.createdAt.desc().nullsFirst()),
  ],
);
