// Part 11 of shared/spec/schema-reference.md: configuration snapshots and per-domain policies.
import { sql } from "drizzle-orm";
import { boolean, check, index, integer, jsonb, pgTable, text, unique } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns.ts";

export const systemConfigs = pgTable(
  "system_configs",
  {
    id: id(),
    configName: text("config_name").notNull(),
    configJson: jsonb("config_json").notNull(),
    createdAt: createdAt(),
    createdBy: text("created_by").default("system"),
    isActive: boolean("is_active").default(true),
  },
  (t) => [
    check("system_configs_created_by_check", sql`created_by IN ('user', 'system')`),
    index("idx_system_configs_name").on(t.configName),
    index("idx_system_configs_active").on(t.isActive).where(sql`is_active = TRUE`),
  ],
);

export const domainPolicies = pgTable(
  "domain_policies",
  {
    id: id(),
    domainName: text("domain_name").notNull(),
    maxApplicationsPerDay: integer("max_applications_per_day").default(10),
    minSecondsBetweenApplications: integer("min_seconds_between_applications").default(60),
    maxConcurrentApplications: integer("max_concurrent_applications").default(1),
    avoidIfPossible: boolean("avoid_if_possible").default(false),
    requiresAccountCreation: boolean("requires_account_creation").default(false),
    typicalCaptchaType: text("typical_captcha_type"),
    lastReviewedAt: timestamptz("last_reviewed_at"),
    notes: text("notes"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique("domain_policies_domain_name_key").on(t.domainName),
    index("idx_domain_policies_domain").on(t.domainName),
    index("idx_domain_policies_avoid").on(t.avoidIfPossible).where(sql`avoid_if_possible = TRUE`),
  ],
);
