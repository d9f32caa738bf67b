// Part 5 of shared/spec/schema-reference.md: application events, CAPTCHAs, 2FA and per-domain rate limits.
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
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
import { applications } from "./applications.ts";
import { createdAt, id, timestamptz } from "./columns.ts";
import { applicationSessions } from "./sessions.ts";

export const applicationEvents = pgTable(
  "application_events",
  {
    id: id(),
    applicationId: uuid("application_id"),
    sessionId: uuid("session_id"),
    eventType: text("event_type").notNull(),
    eventDetail: text("event_detail"),
    payload: jsonb("payload"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "application_events_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    foreignKey({
      name: "application_events_session_id_fkey",
      columns: [t.sessionId],
      foreignColumns: [applicationSessions.id],
    }),
    index("idx_app_events_app").on(t.applicationId),
    index("idx_app_events_session").on(t.sessionId),
    index("idx_app_events_type").on(t.eventType),
    index("idx_app_events_created").on(t.createdAt.desc().nullsFirst()),
  ],
);

export const captchaEvents = pgTable(
  "captcha_events",
  {
    id: id(),
    applicationId: uuid("application_id").notNull(),
    provider: text("provider"),
    attemptNumber: integer("attempt_number").notNull(),
    status: text("status").notNull(),
    solverType: text("solver_type"),
    solverService: text("solver_service"),
    solveTimeMs: integer("solve_time_ms"),
    costCents: numeric("cost_cents", { precision: 6, scale: 2 }),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "captcha_events_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    check(
      "captcha_events_provider_check",
      sql`provider IN ('hcaptcha', 'recaptcha_v2', 'recaptcha_v3', 'turnstile', 'funcaptcha', 'unknown')`,
    ),
    check(
      "captcha_events_status_check",
      sql`status IN ('attempted', 'solved', 'failed', 'skipped', 'manual_required')`,
    ),
    check("captcha_events_solver_type_check", sql`solver_type IN ('agent', 'human', 'external_service')`),
    index("idx_captcha_events_app").on(t.applicationId),
    index("idx_captcha_events_status").on(t.status),
  ],
);

export const twoFactorEvents = pgTable(
  "two_factor_events",
  {
    id: id(),
    applicationId: uuid("application_id").notNull(),
    method: text("method"),
    requestedAt: timestamptz("requested_at").defaultNow(),
    codeSuppliedAt: timestamptz("code_supplied_at"),
    status: text("status").default("pending"),
    notes: text("notes"),
  },
  (t) => [
    foreignKey({
      name: "two_factor_events_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    check("two_factor_events_method_check", sql`method IN ('sms', 'email', 'app', 'call')`),
    check("two_factor_events_status_check", sql`status IN ('pending', 'completed', 'failed', 'skipped', 'timeout')`),
    index("idx_2fa_events_app").on(t.applicationId),
    index("idx_2fa_events_status").on(t.status),
  ],
);

export const domainRateLimits = pgTable(
  "domain_rate_limits",
  {
    id: id(),
    domainName: text("domain_name").notNull(),
    date: date("date", { mode: "string" }).notNull(),
    applicationsAttempted: integer("applications_attempted").default(0),
    applicationsSuccessful: integer("applications_successful").default(0),
    applicationsFailed: integer("applications_failed").default(0),
    lastBlockTimestamp: timestamptz("last_block_timestamp"),
    isTemporarilyBlocked: boolean("is_temporarily_blocked").default(false),
    blockedUntil: timestamptz("blocked_until"),
    notes: text("notes"),
  },
  (t) => [
    unique("domain_rate_limits_domain_name_date_key").on(t.domainName, t.date),
    index("idx_domain_limits_domain").on(t.domainName),
    index("idx_domain_limits_date").on(t.date.desc().nullsFirst()),
    index("idx_domain_limits_blocked").on(t.isTemporarilyBlocked).where(sql`is_temporarily_blocked = TRUE`),
  ],
);
