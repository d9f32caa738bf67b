// Part 8 of shared/spec/schema-reference.md: Saturnus email management, in the `saturnus` Postgres schema.
import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, jsonb, numeric, pgSchema, text, unique, uuid } from "drizzle-orm/pg-core";
import { applications } from "./applications.ts";
import { createdAt, id, timestamptz, updatedAt } from "./columns.ts";
import { users } from "./identity.ts";

/** Saturnus (email management) tables live in their own Postgres schema. */
export const saturnus = pgSchema("saturnus");

export const emailAccounts = saturnus.table(
  "email_accounts",
  {
    id: id(),
    userId: uuid("user_id").notNull(),
    provider: text("provider"),
    address: text("address").notNull(),
    displayName: text("display_name"),
    connectionConfig: jsonb("connection_config"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    isActive: boolean("is_active").default(true),
  },
  (t) => [
    foreignKey({ name: "email_accounts_user_id_fkey", columns: [t.userId], foreignColumns: [users.id] }),
    check("email_accounts_provider_check", sql`provider IN ('gmail', 'outlook', 'imap', 'other')`),
    unique("email_accounts_user_id_address_key").on(t.userId, t.address),
    index("idx_email_accounts_user").on(t.userId),
  ],
);

export const emailThreads = saturnus.table(
  "email_threads",
  {
    id: id(),
    emailAccountId: uuid("email_account_id").notNull(),
    threadExternalId: text("thread_external_id"),
    subjectNormalized: text("subject_normalized"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: "email_threads_email_account_id_fkey",
      columns: [t.emailAccountId],
      foreignColumns: [emailAccounts.id],
    }),
    unique("email_threads_email_account_id_thread_external_id_key").on(t.emailAccountId, t.threadExternalId),
    index("idx_email_threads_account").on(t.emailAccountId),
    index("idx_email_threads_external").on(t.threadExternalId),
  ],
);

export const emails = saturnus.table(
  "emails",
  {
    id: id(),
    emailAccountId: uuid("email_account_id").notNull(),
    threadId: uuid("thread_id"),
    messageExternalId: text("message_external_id"),
    inReplyToMessageId: uuid("in_reply_to_message_id"),
    fromAddress: text("from_address").notNull(),
    toAddress: text("to_address").notNull(),
    ccAddresses: jsonb("cc_addresses").default([]),
    bccAddresses: jsonb("bcc_addresses").default([]),
    subject: text("subject"),
    bodyPlain: text("body_plain"),
    bodyHtml: text("body_html"),
    receivedAt: timestamptz("received_at"),
    sentAt: timestamptz("sent_at"),
    direction: text("direction"),
    rawSourcePath: text("raw_source_path"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({
      name: "emails_email_account_id_fkey",
      columns: [t.emailAccountId],
      foreignColumns: [emailAccounts.id],
    }),
    foreignKey({ name: "emails_thread_id_fkey", columns: [t.threadId], foreignColumns: [emailThreads.id] }),
    foreignKey({ name: "emails_in_reply_to_message_id_fkey", columns: [t.inReplyToMessageId], foreignColumns: [t.id] }),
    check("emails_direction_check", sql`direction IN ('inbound', 'outbound')`),
    unique("emails_email_account_id_message_external_id_key").on(t.emailAccountId, t.messageExternalId),
    index("idx_emails_account").on(t.emailAccountId),
    index("idx_emails_thread").on(t.threadId),
    index("idx_emails_from").on(t.fromAddress),
    index("idx_emails_received").on(t.receivedAt.desc().nullsFirst()),
    index("idx_emails_direction").on(t.direction),
  ],
);

export const emailClassifications = saturnus.table(
  "email_classifications",
  {
    id: id(),
    emailId: uuid("email_id").notNull(),
    classificationLabel: text("classification_label"),
    eisenhowerQuadrant: text("eisenhower_quadrant"),
    importanceScore: numeric("importance_score", { precision: 4, scale: 3 }),
    confidenceScore: numeric("confidence_score", { precision: 4, scale: 3 }),
    generatedBy: text("generated_by"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "email_classifications_email_id_fkey", columns: [t.emailId], foreignColumns: [emails.id] }),
    check(
      "email_classifications_classification_label_check",
      sql`classification_label IN (
        'interview_invite', 'rejection', 'status_update', 'offer', 'assessment', 'newsletter', 'spam', 'other'
      )`,
    ),
    check("email_classifications_eisenhower_quadrant_check", sql`eisenhower_quadrant IN ('Q1', 'Q2', 'Q3', 'Q4')`),
    check("email_classifications_generated_by_check", sql`generated_by IN ('llm', 'rule', 'user')`),
    index("idx_email_class_email").on(t.emailId),
    index("idx_email_class_label").on(t.classificationLabel),
    index("idx_email_class_quadrant").on(t.eisenhowerQuadrant),
  ],
);

export const emailApplicationLinks = saturnus.table(
  "email_application_links",
  {
    id: id(),
    emailId: uuid("email_id").notNull(),
    applicationId: uuid("application_id").notNull(),
    linkType: text("link_type"),
    confidenceScore: numeric("confidence_score", { precision: 4, scale: 3 }),
    matchedBy: text("matched_by"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "email_application_links_email_id_fkey", columns: [t.emailId], foreignColumns: [emails.id] }),
    foreignKey({
      name: "email_application_links_application_id_fkey",
      columns: [t.applicationId],
      foreignColumns: [applications.id],
    }),
    check(
      "email_application_links_link_type_check",
      sql`link_type IN ('confirmation', 'interview_invite', 'rejection', 'offer', 'assessment', 'other')`,
    ),
    check(
      "email_application_links_matched_by_check",
      sql`matched_by IN ('company_name', 'job_title', 'date_proximity', 'email_content', 'manual')`,
    ),
    unique("email_application_links_email_id_application_id_key").on(t.emailId, t.applicationId),
    index("idx_email_app_links_email").on(t.emailId),
    index("idx_email_app_links_app").on(t.applicationId),
    index("idx_email_app_links_type").on(t.linkType),
  ],
);

export const emailActions = saturnus.table(
  "email_actions",
  {
    id: id(),
    emailId: uuid("email_id").notNull(),
    actionType: text("action_type").notNull(),
    actionPayload: jsonb("action_payload"),
    createdAt: createdAt(),
  },
  (t) => [
    foreignKey({ name: "email_actions_email_id_fkey", columns: [t.emailId], foreignColumns: [emails.id] }),
    check(
      "email_actions_action_type_check",
      sql`action_type IN (
        'created_task', 'sent_reply', 'archived', 'labeled', 'forwarded', 'scheduled_followup',
        'marked_important'
      )`,
    ),
    index("idx_email_actions_email").on(t.emailId),
    index("idx_email_actions_type").on(t.actionType),
  ],
);
