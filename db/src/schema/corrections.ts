// Part 12 of shared/spec/schema-reference.md: append-only data corrections.
import { sql } from "drizzle-orm";
import { check, index, jsonb, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id } from "./columns.ts";

export const dataCorrections = pgTable(
  "data_corrections",
  {
    id: id(),
    tableName: text("table_name").notNull(),
    recordId: uuid("record_id").notNull(),
    fieldName: text("field_name").notNull(),
    oldValue: jsonb("old_value"),
    newValue: jsonb("new_value").notNull(),
    correctionReason: text("correction_reason"),
    correctedBy: text("corrected_by").default("user"),
    createdAt: createdAt(),
  },
  (t) => [
    check("data_corrections_corrected_by_check", sql`corrected_by IN ('user', 'system', 'qa_agent')`),
    index("idx_corrections_table").on(t.tableName),
    index("idx_corrections_record").on(t.recordId),
    index("idx_corrections_created").on(t.createdAt.desc().nullsFirst()),
  ],
);
