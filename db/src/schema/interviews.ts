// Part 9 of shared/spec/schema-reference.md: interviews, outcomes and prep packages.
import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, jsonb, numeric, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications.ts";
import { createdAt, id, timestamptz, updatedAt } from "./columns.ts";
import { companies } from "./sourcing.ts";

export const interviews = pgTable(
  "interviews",
  {
    id: id(),
    applicationId: uuid("application_id").notNull(),
    companyId: uuid("company_id"),
    interviewType: text("interview_type"),
    roundNumber: integer("round_number").default(1),
    scheduledDatetime: timestamptz("scheduled_datetime"),
    durationMinutes: integer("duration_minutes"),
    location: text("location"),
    meetingLink: text("meeting_link"),
    interviewerNames: jsonb("interviewer_names").default([]),
    interviewerRoles: jsonb("interviewer_roles").default([]),
    calendarEventId: text("calendar_event_id"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: "interviews_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    foreignKey({ name: "interviews_company_id_fkey", columns: [t.companyId], foreignColumns: [companies.id] }),
    check(
      "interviews_interview_type_check",
      sql`interview_type IN (
        'phone_screen', 'technical', 'behavioral', 'system_design', 'onsite', 'hr', 'hiring_manager', 'panel',
        'other'
      )`,
    ),
    check("interviews_location_check", sql`location IN ('remote', 'onsite', 'hybrid')`),
    index("idx_interviews_app").on(t.applicationId),
    index("idx_interviews_company").on(t.companyId),
    index("idx_interviews_scheduled").on(t.scheduledDatetime),
  ],
);

export const interviewOutcomes = pgTable(
  "interview_outcomes",
  {
    id: id(),
    interviewId: uuid("interview_id").notNull(),
    outcome: text("outcome"),
    feedbackSummary: text("feedback_summary"),
    offerExtended: boolean("offer_extended").default(false),
    offerDetails: jsonb("offer_details"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "interview_outcomes_interview_id_fkey",
      columns: [t.interviewId],
      foreignColumns: [interviews.id],
    }),
    check(
      "interview_outcomes_outcome_check",
      sql`outcome IN ('passed', 'failed', 'pending', 'withdrawn', 'rescheduled', 'no_show')`,
    ),
    index("idx_interview_outcomes_interview").on(t.interviewId),
    index("idx_interview_outcomes_outcome").on(t.outcome),
  ],
);

export const interviewPrepPackages = pgTable(
  "interview_prep_packages",
  {
    id: id(),
    interviewId: uuid("interview_id"),
    applicationId: uuid("application_id"),
    generatedAt: timestamptz("generated_at").defaultNow(),
    prepDocumentPath: text("prep_document_path"),
    topicsSummary: text("topics_summary"),
    companyResearchNotes: text("company_research_notes"),
    questionBank: jsonb("question_bank"),
    modelUsed: text("model_used"),
    tokensInput: integer("tokens_input"),
    tokensOutput: integer("tokens_output"),
    costEstimated: numeric("cost_estimated", { precision: 10, scale: 6 }),
  },
  (t) => [
    foreignKey({
      name: "interview_prep_packages_interview_id_fkey",
      columns: [t.interviewId],
      foreignColumns: [interviews.id],
    }),
    foreignKey({
      name: "interview_prep_packages_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    index("idx_prep_packages_interview").on(t.interviewId),
    index("idx_prep_packages_app").on(t.applicationId),
  ],
);
