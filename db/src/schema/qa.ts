// Part 7 of shared/spec/schema-reference.md: QA checks and the issues they found.
import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications.ts";
import { createdAt, id, timestamptz } from "./columns.ts";

export const qaChecks = pgTable(
  "qa_checks",
  {
    id: id(),
    applicationId: uuid("application_id").notNull(),
    qaType: text("qa_type").notNull(),
    startedAt: timestamptz("started_at").defaultNow(),
    completedAt: timestamptz("completed_at"),
    status: text("status").default("pending"),
    issuesFoundCount: integer("issues_found_count").default(0),
    notes: text("notes"),
  },
  (t) => [
    foreignKey({
      name: "qa_checks_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    check(
      "qa_checks_qa_type_check",
      sql`qa_type IN ('hallucination_check', 'consistency_check', 'policy_compliance', 'completeness_check')`,
    ),
    check("qa_checks_status_check", sql`status IN ('pending', 'passed', 'issues_found', 'failed')`),
    index("idx_qa_checks_app").on(t.applicationId),
    index("idx_qa_checks_status").on(t.status),
  ],
);

export const qaIssues = pgTable(
  "qa_issues",
  {
    id: id(),
    qaCheckId: uuid("qa_check_id").notNull(),
    applicationId: uuid("application_id").notNull(),
    fieldLabel: text("field_label"),
    issueType: text("issue_type").notNull(),
    description: text("description").notNull(),
    suggestedFix: text("suggested_fix"),
    fixApplied: boolean("fix_applied").default(false),
    fixedValue: text("fixed_value"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "qa_issues_qa_check_id_fkey", columns: [t.qaCheckId], foreignColumns: [qaChecks.id] }),
    foreignKey({
      name: "qa_issues_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    index("idx_qa_issues_check").on(t.qaCheckId),
    index("idx_qa_issues_app").on(t.applicationId),
    index("idx_qa_issues_type").on(t.issueType),
  ],
);
