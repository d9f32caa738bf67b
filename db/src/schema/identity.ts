// Part 1 of shared/spec/schema-reference.md: core identity (users, profiles, resumes, cover letters).
import { sql } from "drizzle-orm";
import { boolean, check, foreignKey, index, integer, jsonb, pgTable, text, unique, uuid } from "drizzle-orm/pg-core";
import { createdAt, id, updatedAt } from "./columns.ts";

export const users = pgTable(
  "users",
  {
    id: id(),
    externalId: text("external_id"),
    name: text("name").notNull(),
    email: text("email").notNull(),
    timezone: text("timezone").default("UTC"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    isActive: boolean("is_active").default(true),
    notes: text("notes"),
  },
  (t) => [
    unique("users_email_key").on(t.email),
    index("idx_users_email").on(t.email),
    index("idx_users_external_id").on(t.externalId).where(sql`external_id IS NOT NULL`),
  ],
);

export const userProfiles = pgTable(
  "user_profiles",
  {
    id: id(),
    userId: uuid("user_id").notNull(),
    profileName: text("profile_name").notNull(),
    headline: text("headline"),
    summaryText: text("summary_text"),
    skillsTrue: jsonb("skills_true").default([]),
    skillsFalse: jsonb("skills_false").default([]),
    languages: jsonb("languages").default([]),
    locationPreference: text("location_preference"),
    rolePreferences: jsonb("role_preferences"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    isActive: boolean("is_active").default(true),
  },
  (t) => [
    foreignKey({ name: "user_profiles_user_id_fkey", columns: [t.userId], foreignColumns: [users.id] }),
    unique("user_profiles_user_id_profile_name_key").on(t.userId, t.profileName),
    index("idx_user_profiles_user").on(t.userId),
  ],
);

export const resumes = pgTable(
  "resumes",
  {
    id: id(),
    userProfileId: uuid("user_profile_id").notNull(),
    resumeKey: text("resume_key").notNull(),
    displayName: text("display_name").notNull(),
    description: text("description"),
    primaryLanguage: text("primary_language").default("en"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    isActive: boolean("is_active").default(true),
  },
  (t) => [
    foreignKey({ name: "resumes_user_profile_id_fkey", columns: [t.userProfileId], foreignColumns: [userProfiles.id] }),
    unique("resumes_user_profile_id_resume_key_key").on(t.userProfileId, t.resumeKey),
    index("idx_resumes_profile").on(t.userProfileId),
  ],
);

export const resumeVersions = pgTable(
  "resume_versions",
  {
    id: id(),
    resumeId: uuid("resume_id").notNull(),
    versionNumber: integer("version_number").notNull(),
    sourceFormat: text("source_format").notNull(),
    filePath: text("file_path").notNull(),
    contentText: text("content_text"),
    contentHash: text("content_hash"),
    generatedBy: text("generated_by").default("human"),
    createdAt: createdAt(),
    isDefaultForResume: boolean("is_default_for_resume").default(false),
  },
  (t) => [
    foreignKey({ name: "resume_versions_resume_id_fkey", columns: [t.resumeId], foreignColumns: [resumes.id] }),
    check("resume_versions_source_format_check", sql`source_format IN ('latex', 'pdf', 'txt', 'docx')`),
    check("resume_versions_generated_by_check", sql`generated_by IN ('human', 'llm', 'mixed')`),
    unique("resume_versions_resume_id_version_number_key").on(t.resumeId, t.versionNumber),
    index("idx_resume_versions_resume").on(t.resumeId),
    index("idx_resume_versions_default").on(t.resumeId).where(sql`is_default_for_resume = TRUE`),
  ],
);

export const coverLetterTemplates = pgTable(
  "cover_letter_templates",
  {
    id: id(),
    userProfileId: uuid("user_profile_id").notNull(),
    templateName: text("template_name").notNull(),
    baseText: text("base_text").notNull(),
    intendedEffortLevel: text("intended_effort_level"),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    foreignKey({
      name: "cover_letter_templates_user_profile_id_fkey",
      columns: [t.userProfileId],
      foreignColumns: [userProfiles.id],
    }),
    check("cover_letter_templates_intended_effort_level_check", sql`intended_effort_level IN ('medium', 'high')`),
    unique("cover_letter_templates_user_profile_id_template_name_key").on(t.userProfileId, t.templateName),
  ],
);
