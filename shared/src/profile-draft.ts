import { z } from "zod";
import { EducationEntry, ExperienceEntry, LanguageEntry, ProfileFields, ResumeEntry } from "./profile.ts";

/**
 * A profile read from a CV, for the person to review before importing it: the same field names
 * and formats as profile.yaml, every field optional, and no defaults filled in (a field the CV does
 * not state stays absent; an experience without an end date is not "ongoing" unless the CV says so).
 */
const f = ProfileFields.shape;

export const DraftProfile = z.strictObject({
  headline: f.headline,
  summary: f.summary,
  name: f.name.partial().optional(),
  email: f.email.optional(),
  phone: f.phone.partial().optional(),
  location: f.location.partial().optional(),
  timezone: f.timezone.removeDefault().optional(),
  links: f.links.removeDefault().optional(),
  years_experience: f.years_experience.optional(),
  skills_true: f.skills_true.removeDefault().optional(),
  languages: z.array(LanguageEntry.partial()).optional(),
  experience: z
    .array(ExperienceEntry.partial().extend({ end: ExperienceEntry.shape.end.removeDefault().optional() }))
    .optional(),
  education: z.array(EducationEntry.partial()).optional(),
  certifications: f.certifications.removeDefault().optional(),
  resumes: z.array(ResumeEntry.partial()).optional(),
});
export type DraftProfile = z.infer<typeof DraftProfile>;

/** Something read from the CV that looked ambiguous; `path` names the draft's field (`experience.1.title`). */
export const DraftWarning = z.object({ path: z.string(), message: z.string() });
export type DraftWarning = z.infer<typeof DraftWarning>;

export const ProfileDraft = z.object({
  draft: DraftProfile,
  warnings: z.array(DraftWarning),
  /** Fields the CV does not state, by path (`salary`, `experience.2.start`): the person fills them in. */
  missing: z.array(z.string()),
});
export type ProfileDraft = z.infer<typeof ProfileDraft>;

/** `POST /api/profiles/draft`: a CV file in base64. */
export const ProfileDraftRequest = z.strictObject({
  filename: z.string().trim().min(1, "name the file (its extension tells its format)"),
  base64: z.base64("expected the file's bytes in base64").min(1, "the file is empty"),
});
export type ProfileDraftRequest = z.infer<typeof ProfileDraftRequest>;

/** The draft, and the same draft as a commented profile.yaml to review and complete. */
export const ProfileDraftResponse = ProfileDraft.extend({ yaml: z.string() });
export type ProfileDraftResponse = z.infer<typeof ProfileDraftResponse>;
