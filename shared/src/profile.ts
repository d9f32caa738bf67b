import { z } from "zod";

/**
 * The person's profile, as written in `profile.yaml` (see ../shared/fixtures/profile/ada.yaml).
 * It is the single source of truth for every fact Nyx may state about the person; unknown keys are
 * refused so that a typo never silently drops a fact.
 */

const yearMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month as YYYY-MM");
const isoDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "expected a date as YYYY-MM-DD");
const currency = z.string().regex(/^[A-Z]{3}$/, "expected a three-letter currency code such as CHF");
const nonEmpty = z.string().trim().min(1, "must not be empty");
const nameList = z.array(nonEmpty);

export const Seniority = z.enum([
  "intern",
  "junior",
  "mid",
  "senior",
  "lead",
  "principal",
  "director",
  "vp",
  "c_level",
]);
export const RemotePreference = z.enum(["onsite", "hybrid", "remote", "any"]);
export const WorkAuthorization = z.enum([
  "citizen",
  "permanent_resident",
  "authorized",
  "requires_sponsorship",
  "not_authorized",
]);
export const LanguageLevel = z.enum(["A1", "A2", "B1", "B2", "C1", "C2", "native"]);

const SalaryBand = z.strictObject({
  min: z.number().int().nonnegative(),
  target: z.number().int().nonnegative(),
});

export const ResumeEntry = z.strictObject({
  key: z.string().regex(/^[A-Za-z0-9_-]+$/, "use letters, digits, _ and - only"),
  /** Path of the CV file, relative to the profile file. PDF, Markdown, plain text, DOCX or LaTeX. */
  file: z
    .string()
    .trim()
    .regex(/\.(pdf|md|markdown|txt|docx|tex)$/i, "a CV file must be .pdf, .md, .txt, .docx or .tex"),
  language: z.string().regex(/^[a-z]{2}$/, "expected a two-letter language code such as en"),
  default: z.boolean().optional(),
  display_name: nonEmpty.optional(),
  description: z.string().optional(),
});
export type ResumeEntry = z.infer<typeof ResumeEntry>;

export const CoverLetterTemplate = z.strictObject({
  name: nonEmpty,
  intended_effort_level: z.enum(["medium", "high"]).optional(),
  base_text: nonEmpty,
});

export const LanguageEntry = z.strictObject({ lang: nonEmpty, level: LanguageLevel });

export const ExperienceEntry = z.strictObject({
  company: nonEmpty,
  title: nonEmpty,
  start: yearMonth,
  /** null: the job goes on. */
  end: yearMonth.nullable().default(null),
  city: nonEmpty.optional(),
  country: nonEmpty.optional(),
  summary: nonEmpty.optional(),
});

export const EducationEntry = z.strictObject({
  school: nonEmpty,
  degree: nonEmpty,
  field: nonEmpty.optional(),
  start: yearMonth.optional(),
  end: yearMonth.nullable().optional(),
});

/** The profile's fields without the checks across fields (the draft of a profile is derived from it). */
export const ProfileFields = z.strictObject({
  /** Several profiles per person are kept apart by this name (e.g. "AI_ML_Tech", "Finance"). */
  profile_name: nonEmpty.default("main"),
  headline: nonEmpty.optional(),
  summary: nonEmpty.optional(),
  name: z.strictObject({ first: nonEmpty, last: nonEmpty, preferred: nonEmpty.optional() }),
  email: z.email("expected an e-mail address"),
  phone: z.strictObject({
    country_code: z.string().regex(/^\+\d{1,4}$/, "expected a country calling code such as +41"),
    number: z.string().regex(/^[\d\s()-]{4,20}$/, "expected a phone number of digits and spaces"),
  }),
  location: z.strictObject({
    street: nonEmpty.optional(),
    city: nonEmpty,
    postal_code: nonEmpty.optional(),
    country: nonEmpty,
    country_code: z
      .string()
      .regex(/^[A-Z]{2}$/, "expected an ISO country code such as CH")
      .optional(),
  }),
  timezone: z
    .string()
    .refine((tz) => isTimeZone(tz), "expected an IANA time zone such as Europe/Zurich")
    .default("UTC"),
  links: z.record(z.string(), z.url("expected a URL")).default({}),
  work_authorization: z.record(z.string(), WorkAuthorization).default({}),
  needs_sponsorship_outside: nameList.default([]),
  salary: z.strictObject({
    currency,
    min: z.number().int().nonnegative(),
    target: z.number().int().nonnegative(),
    period: z.enum(["year", "month", "hour"]).default("year"),
  }),
  salary_by_currency: z.record(currency, SalaryBand).default({}),
  notice_period: z.strictObject({ weeks: z.number().int().nonnegative(), text: nonEmpty.optional() }),
  earliest_start: isoDate.optional(),
  years_experience: z.number().nonnegative().max(70),
  seniority: Seniority,
  remote_preference: RemotePreference,
  willing_to_relocate: z.boolean().default(false),
  relocation_countries: nameList.default([]),
  target_titles: nameList.min(1, "name at least one target title"),
  preferred_locations: nameList.default([]),
  industries: nameList.default([]),
  skills_true: nameList.default([]),
  skills_false: nameList.default([]),
  languages: z.array(LanguageEntry).default([]),
  experience: z.array(ExperienceEntry).default([]),
  education: z.array(EducationEntry).default([]),
  certifications: nameList.default([]),
  /** Ready answers to common questions (how did you hear about us, EEO questions, …). */
  answers: z.record(z.string(), z.string()).default({}),
  resumes: z.array(ResumeEntry).min(1, "list at least one CV file"),
  cover_letter_templates: z.array(CoverLetterTemplate).default([]),
});

export const Profile = ProfileFields.superRefine((p, ctx) => {
  if (p.salary.min > p.salary.target) {
    ctx.addIssue({ code: "custom", path: ["salary", "min"], message: "min is above target" });
  }
  const clash = p.skills_true.filter((s) => p.skills_false.some((f) => f.toLowerCase() === s.toLowerCase()));
  if (clash.length > 0) {
    ctx.addIssue({
      code: "custom",
      path: ["skills_false"],
      message: `also listed in skills_true: ${clash.join(", ")}`,
    });
  }
  const keys = new Set<string>();
  p.resumes.forEach((r, i) => {
    if (keys.has(r.key))
      ctx.addIssue({ code: "custom", path: ["resumes", i, "key"], message: `duplicate key ${r.key}` });
    keys.add(r.key);
  });
  if (p.resumes.filter((r) => r.default === true).length > 1) {
    ctx.addIssue({ code: "custom", path: ["resumes"], message: "only one CV can be the default" });
  }
  const names = new Set<string>();
  p.cover_letter_templates.forEach((t, i) => {
    if (names.has(t.name)) {
      ctx.addIssue({
        code: "custom",
        path: ["cover_letter_templates", i, "name"],
        message: `duplicate name ${t.name}`,
      });
    }
    names.add(t.name);
  });
});
export type Profile = z.infer<typeof Profile>;

/** The CV that applications use unless a better one is chosen: the one marked default, else the first. */
export function defaultResume(profile: Profile): ResumeEntry {
  const [first] = profile.resumes;
  const marked = profile.resumes.find((r) => r.default === true);
  if (marked) return marked;
  if (!first) throw new TypeError("a profile has at least one CV");
  return first;
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A summary of a stored profile, as `GET /api/profiles` lists them. */
export const ProfileSummary = z.object({
  id: z.uuid(),
  userId: z.uuid(),
  profileName: z.string(),
  name: z.string(),
  email: z.string(),
  targetTitles: z.array(z.string()),
  resumes: z.array(
    z.object({
      id: z.uuid(),
      key: z.string(),
      language: z.string(),
      isDefault: z.boolean(),
      latestVersion: z.number().int(),
      contentHash: z.string().nullable(),
    }),
  ),
  coverLetterTemplates: z.array(z.string()),
  updatedAt: z.string(),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

/** What an import did: `changed: false` when the same file was imported again. */
export const ProfileImportResult = z.object({
  profile: ProfileSummary,
  created: z.boolean(),
  changed: z.boolean(),
  changes: z.array(z.string()),
});
export type ProfileImportResult = z.infer<typeof ProfileImportResult>;

/** `PUT /api/profiles/:id/default-resume`: the CV (by its key) that applications use unless a better one is chosen. */
export const DefaultResumeRequest = z.strictObject({ key: z.string().trim().min(1, "name the CV by its key") });
export type DefaultResumeRequest = z.infer<typeof DefaultResumeRequest>;
