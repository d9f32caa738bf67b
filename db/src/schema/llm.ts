// Part 6 of shared/spec/schema-reference.md: LLM providers and per-call usage/cost tracking.
import { sql } from "drizzle-orm";
import { check, foreignKey, index, integer, jsonb, numeric, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications.ts";
import { createdAt, id, timestamptz } from "./columns.ts";
import { applicationSessions } from "./sessions.ts";

export const modelProviders = pgTable(
  "model_providers",
  {
    id: id(),
    name: text("name").notNull(),
    baseUrl: text("base_url"),
    pricingJson: jsonb("pricing_json"),
    createdAt: createdAt(),
  },
  (t) => [unique("model_providers_name_key").on(t.name)],
);

export const modelUsage = pgTable(
  "model_usage",
  {
    id: id(),
    applicationId: uuid("application_id"),
    sessionId: uuid("session_id"),
    providerId: uuid("provider_id"),
    modelName: text("model_name").notNull(),
    callType: text("call_type"),
    tokensInput: integer("tokens_input"),
    tokensOutput: integer("tokens_output"),
    costEstimated: numeric("cost_estimated", { precision: 10, scale: 6 }),
    startedAt: timestamptz("started_at"),
    endedAt: timestamptz("ended_at"),
    purpose: text("purpose"),
    status: text("status").default("success"),
    errorMessage: text("error_message"),
    requestId: text("request_id"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "model_usage_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    foreignKey({
      name: "model_usage_session_id_fkey",
      columns: [t.sessionId],
      foreignColumns: [applicationSessions.id],
    }),
    foreignKey({ name: "model_usage_provider_id_fkey", columns: [t.providerId], foreignColumns: [modelProviders.id] }),
    check(
      "model_usage_call_type_check",
      sql`call_type IN ('embedding', 'chat_completion', 'tool_call', 'function_call')`,
    ),
    check("model_usage_status_check", sql`status IN ('success', 'failed', 'timeout', 'rate_limited')`),
    index("idx_model_usage_app").on(t.applicationId),
    index("idx_model_usage_session").on(t.sessionId),
    index("idx_model_usage_model").on(t.modelName),
    index("idx_model_usage_purpose").on(t.purpose),
    index("idx_model_usage_created").on(t.createdAt.desc().nullsFirst()),
  ],
);
