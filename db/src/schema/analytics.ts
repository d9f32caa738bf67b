// Part 10 of shared/spec/schema-reference.md: session digests and daily company metrics.
import {
  bigint,
  boolean,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz } from "./columns.ts";
import { emails } from "./saturnus.ts";
import { applicationSessions } from "./sessions.ts";
import { companies } from "./sourcing.ts";

export const sessionDigests = pgTable(
  "session_digests",
  {
    id: id(),
    sessionId: uuid("session_id").notNull(),
    generatedAt: timestamptz("generated_at").defaultNow(),
    summaryText: text("summary_text"),
    applicationsTotal: integer("applications_total"),
    applicationsSuccessful: integer("applications_successful"),
    applicationsFailed: integer("applications_failed"),
    numLowEffort: integer("num_low_effort"),
    numMediumEffort: integer("num_medium_effort"),
    numHighEffort: integer("num_high_effort"),
    tokensInputTotal: bigint("tokens_input_total", { mode: "number" }),
    tokensOutputTotal: bigint("tokens_output_total", { mode: "number" }),
    costEstimatedTotal: numeric("cost_estimated_total", { precision: 10, scale: 4 }),
    avgMatchScore: numeric("avg_match_score", { precision: 4, scale: 3 }),
    avgDurationSeconds: integer("avg_duration_seconds"),
    perDomainStats: jsonb("per_domain_stats"),
    perCompanyTierStats: jsonb("per_company_tier_stats"),
    errorsSummary: jsonb("errors_summary"),
    digestEmailSent: boolean("digest_email_sent").default(false),
    digestEmailId: uuid("digest_email_id"),
  },
  (t) => [
    foreignKey({
      name: "session_digests_session_id_fkey",
      columns: [t.sessionId],
      foreignColumns: [applicationSessions.id],
    }),
    foreignKey({
      name: "session_digests_digest_email_id_fkey",
      columns: [t.digestEmailId],
      foreignColumns: [emails.id],
    }),
    index("idx_session_digests_session").on(t.sessionId),
    index("idx_session_digests_generated").on(t.generatedAt.desc().nullsFirst()),
  ],
);

export const companyMetricsDaily = pgTable(
  "company_metrics_daily",
  {
    id: id(),
    companyId: uuid("company_id").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    applicationsSent: integer("applications_sent").default(0),
    applicationsSuccessful: integer("applications_successful").default(0),
    interviewsReceived: integer("interviews_received").default(0),
    offersReceived: integer("offers_received").default(0),
    avgResponseTimeDays: numeric("avg_response_time_days", { precision: 5, scale: 2 }),
    lastResponseDatetime: timestamptz("last_response_datetime"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "company_metrics_daily_company_id_fkey",
      columns: [t.companyId],
      foreignColumns: [companies.id],
    }),
    unique("company_metrics_daily_company_id_date_key").on(t.companyId, t.date),
    index("idx_company_metrics_company").on(t.companyId),
    index("idx_company_metrics_date").on(t.date.desc().nullsFirst()),
  ],
);
