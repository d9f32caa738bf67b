import { z } from "zod";
import { Pacing } from "./settings.ts";

/**
 * A form as the extension describes it to the server: plain fields, no DOM. The server answers
 * with a fill plan; the extension carries it out. `ref` is the extension's handle for the field.
 */
export const FieldType = z.enum([
  "text",
  "textarea",
  "email",
  "tel",
  "url",
  "number",
  "date",
  "month",
  "select",
  "multiselect",
  "combobox",
  "radio",
  "checkbox",
  "checkbox_group",
  "file",
  "contenteditable",
]);
export type FieldType = z.infer<typeof FieldType>;

export const FieldOption = z.object({
  /** What the form sends (may be opaque: "3", "b", an id). */
  value: z.string(),
  /** What the person sees. */
  label: z.string(),
});
export type FieldOption = z.infer<typeof FieldOption>;

export const FormField = z.object({
  ref: z.string().min(1),
  type: FieldType,
  /** The visible question, from label[for], aria-labelledby, aria-label or nearby text. */
  label: z.string(),
  name: z.string().optional(),
  id: z.string().optional(),
  placeholder: z.string().optional(),
  autocomplete: z.string().optional(),
  /** Help or description text near the field. */
  hint: z.string().optional(),
  /** The heading of the group or fieldset the field is in ("Education", "Voluntary self-identification"). */
  section: z.string().optional(),
  required: z.boolean().default(false),
  options: z.array(FieldOption).optional(),
  /** What the field holds now (pre-filled by the site); checked, not trusted. */
  currentValue: z.string().optional(),
  maxLength: z.number().int().positive().optional(),
  /** The step (page) of a multi-step form the field is on. */
  step: z.number().int().nonnegative().default(0),
});
export type FormField = z.infer<typeof FormField>;

export const FormDescription = z.object({
  pageUrl: z.url(),
  /** Two-letter language of the form's text, when the extension could tell. */
  language: z.string().optional(),
  step: z.number().int().nonnegative().default(0),
  fields: z.array(FormField).max(500),
});
export type FormDescription = z.infer<typeof FormDescription>;

export const ValueSource = z.enum(["profile", "llm", "default", "template"]);
export type ValueSource = z.infer<typeof ValueSource>;

export const PlannedField = z.object({
  ref: z.string(),
  /** The value to type, or the option `value` to pick; for multi-selects and checkbox groups, `values`. */
  value: z.string().optional(),
  values: z.array(z.string()).optional(),
  /** For file fields: which resume version to upload. */
  resumeVersionId: z.string().optional(),
  /** For checkboxes: tick (true) or leave unticked (false). */
  checked: z.boolean().optional(),
  source: ValueSource,
  confidence: z.number().min(0).max(1),
  /** Which profile fact the field was recognised as ("first_name", "salary_expectation", …). */
  fact: z.string().optional(),
});
export type PlannedField = z.infer<typeof PlannedField>;

export const FlaggedField = z.object({
  ref: z.string(),
  label: z.string(),
  /** Why the person must answer this one: the profile has no truthful answer. */
  reason: z.string(),
});
export type FlaggedField = z.infer<typeof FlaggedField>;

export const FillPlan = z.object({
  fields: z.array(PlannedField),
  /** Fields deliberately left empty (optional and unknown, optional consents, honeypots). */
  skipped: z.array(z.object({ ref: z.string(), reason: z.string() })),
  flags: z.array(FlaggedField),
});
export type FillPlan = z.infer<typeof FillPlan>;

/** `POST /api/fill-plan`: the form of the job's apply page, for an application (or found by the page's address). */
export const FillPlanRequest = z.strictObject({
  applicationId: z.uuid().optional(),
  form: FormDescription,
});
export type FillPlanRequest = z.infer<typeof FillPlanRequest>;

export const FillPlanResponse = z.object({
  applicationId: z.uuid().nullable(),
  plan: FillPlan,
  /** How to pace the filling (the person's stealth timing settings). */
  pacing: Pacing,
  /** True when questions were flagged: the application waits for the person and must not be submitted. */
  needsPerson: z.boolean(),
});
export type FillPlanResponse = z.infer<typeof FillPlanResponse>;
