// Part 4 of shared/spec/schema-reference.md: applications, their status history, questions and steps.
import { sql } from "drizzle-orm";
import { bigint, boolean, check, foreignKey, index, integer, numeric, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, timestamptz, updatedAt } from "./columns.ts";
import { coverLetterTemplates, resumes, resumeVersions, userProfiles, users } from "./identity.ts";
import { applicationSessions } from "./sessions.ts";
import { jobPosts } from "./sourcing.ts";

export const applications = pgTable(
  "applications",
  {
    id: id(),
    userId: uuid("user_id").notNull(),
    sessionId: uuid("session_id"),
    jobPostId: uuid("job_post_id").notNull(),
    effortLevel: text("effort_level").notNull(),
    effortHintSource: text("effort_hint_source").default("auto"),
    matchScore: numeric("match_score", { precision: 4, scale: 3 }),
    selectedResumeId: uuid("selected_resume_id"),
    selectedResumeVersionId: uuid("selected_resume_version_id"),
    profileId: uuid("profile_id"),
    coverLetterTemplateId: uuid("cover_letter_template_id"),
    coverLetterText: text("cover_letter_text"),
    coverLetterGeneratedBy: text("cover_letter_generated_by"),
    applicationStatus: text("application_status").default("queued"),
    applicationStartedAt: timestamptz("application_started_at"),
    applicationSubmittedAt: timestamptz("application_submitted_at"),
    durationSeconds: integer("duration_seconds"),
    successFlag: boolean("success_flag"),
    finalConfirmationType: text("final_confirmation_type"),
    finalConfirmationScreenshotPath: text("final_confirmation_screenshot_path"),
    failureReasonCode: text("failure_reason_code"),
    failureReasonDetail: text("failure_reason_detail"),
    manualFollowupNeeded: boolean("manual_followup_needed").default(false),
    mlflowRunId: text("mlflow_run_id"),
    langfuseTraceId: text("langfuse_trace_id"),
    domainName: text("domain_name"),
    tokensInputTotal: bigint("tokens_input_total", { mode: "number" }).default(0),
    tokensOutputTotal: bigint("tokens_output_total", { mode: "number" }).default(0),
    costEstimatedTotal: numeric("cost_estimated_total", { precision: 10, scale: 6 }).default(sql`0`),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({ name: "applications_user_id_fkey", columns: [t.userId], foreignColumns: [users.id] }),
    foreignKey({
      name: "applications_session_id_fkey",
      columns: [t.sessionId],
      foreignColumns: [applicationSessions.id],
    }),
    foreignKey({ name: "applications_job_post_id_fkey", columns: [t.jobPostId], foreignColumns: [jobPosts.id] }),
    foreignKey({
      name: "applications_selected_resume_id_fkey",
      columns: [t.selectedResumeId],
      foreignColumns: [resumes.id],
    }),
    foreignKey({
      name: "applications_selected_resume_version_id_fkey",
      columns: [t.selectedResumeVersionId],
      foreignColumns: [resumeVersions.id],
    }),
    foreignKey({ name: "applications_profile_id_fkey", columns: [t.profileId], foreignColumns: [userProfiles.id] }),
    foreignKey({
      name: "applications_cover_letter_template_id_fkey",
      columns: [t.coverLetterTemplateId],
      foreignColumns: [coverLetterTemplates.id],
    }),
    check("applications_effort_level_check", sql`effort_level IN ('low', 'medium', 'high')`),
    check("applications_effort_hint_source_check", sql`effort_hint_source IN ('user', 'auto')`),
    check(
      "applications_cover_letter_generated_by_check",
      sql`cover_letter_generated_by IN ('llm', 'mixed', 'none', 'template')`,
    ),
    check(
      "applications_application_status_check",
      sql`application_status IN ('queued', 'in_progress', 'submitted', 'failed', 'paused', 'skipped', 'cancelled')`,
    ),
    check(
      "applications_final_confirmation_type_check",
      sql`final_confirmation_type IN ('confirmation_page', 'confirmation_email', 'unknown')`,
    ),
    index("idx_applications_user").on(t.userId),
    index("idx_applications_session").on(t.sessionId),
    index("idx_applications_job").on(t.jobPostId),
    index("idx_applications_status").on(t.applicationStatus),
    index("idx_applications_effort").on(t.effortLevel),
    index("idx_applications_created").on(t.createdAt.desc().nullsFirst()),
    index("idx_applications_domain").on(t.domainName),
  ],
);

export const applicationStatusHistory = pgTable(
  "application_status_history",
  {
    id: id(),
    applicationId: uuid("application_id").notNull(),
    oldStatus: text("old_status"),
    newStatus: text("new_status").notNull(),
    changedAt: timestamptz("changed_at").defaultNow(),
    reason: text("reason"),
    actor: text("actor").default("system"),
  },
  (t) => [
    foreignKey({
      name: "application_status_history_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    check("application_status_history_actor_check", sql`actor IN ('system', 'user', 'qa_agent')`),
    index("idx_app_status_history_app").on(t.applicationId),
    index("idx_app_status_history_changed").on(t.changedAt.desc().nullsFirst()),
  ],
);

export const applicationQuestions = pgTable(
  "application_questions",
  {
    id: id(),
    applicationId: uuid("application_id").notNull(),
    stepIndex: integer("step_index").notNull(),
    pageUrl: text("page_url"),
    fieldType: text("field_type"),
    fieldLabelRaw: text("field_label_raw"),
    fieldLabelNormalized: text("field_label_normalized"),
    fieldNameAttr: text("field_name_attr"),
    fieldIdAttr: text("field_id_attr"),
    placeholderText: text("placeholder_text"),
    isRequired: boolean("is_required").default(false),
    valueFilled: text("value_filled"),
    valueSource: text("value_source"),
    effortLevelAtTime: text("effort_level_at_time"),
    confidenceScore: numeric("confidence_score", { precision: 4, scale: 3 }),
    validationErrorMessage: text("validation_error_message"),
    correctedValue: text("corrected_value"),
    correctedBy: text("corrected_by"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: "application_questions_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    check(
      "application_questions_field_type_check",
      sql`field_type IN (
        'text', 'textarea', 'select', 'checkbox', 'radio', 'upload', 'date', 'number', 'email', 'phone', 'url'
      )`,
    ),
    check(
      "application_questions_value_source_check",
      sql`value_source IN ('profile', 'llm', 'default', 'manual_correction', 'template')`,
    ),
    check("application_questions_corrected_by_check", sql`corrected_by IN ('qa_agent', 'user')`),
    index("idx_app_questions_app").on(t.applicationId),
    index("idx_app_questions_step").on(t.applicationId, t.stepIndex),
    index("idx_app_questions_label").on(t.fieldLabelNormalized),
  ],
);

export const applicationSteps = pgTable(
  "application_steps",
  {
    id: id(),
    applicationId: uuid("application_id").notNull(),
    stepIndex: integer("step_index").notNull(),
    actionType: text("action_type").notNull(),
    description: text("description"),
    pageUrl: text("page_url"),
    domSelector: text("dom_selector"),
    screenshotPath: text("screenshot_path"),
    timestampStart: timestamptz("timestamp_start"),
    timestampEnd: timestamptz("timestamp_end"),
    success: boolean("success"),
    errorMessage: text("error_message"),
  },
  (t) => [
    foreignKey({
      name: "application_steps_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    check(
      "application_steps_action_type_check",
      sql`action_type IN (
        'navigate', 'click', 'fill_field', 'select_option', 'upload_file', 'submit_form', 'wait', 'scroll',
        'hover', 'captcha_solve', 'login'
      )`,
    ),
    index("idx_app_steps_app").on(t.applicationId),
    index("idx_app_steps_order").on(t.applicationId, t.stepIndex),
  ],
);
