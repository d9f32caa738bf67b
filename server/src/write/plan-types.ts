import type { ExtractedPosting, Profile, ValueSource } from "@nyx/shared";
import type { FreeTextKind } from "./facts.ts";
import type { FreeTextWriter } from "./free-text.ts";

/** A CV the person can upload: one stored version of one of the profile's `resumes`. */
export interface ResumeChoice {
  key: string;
  language: string;
  resumeVersionId: string;
  isDefault: boolean;
}

export type Effort = "low" | "medium" | "high";

export interface PlanContext {
  profile: Profile;
  posting: ExtractedPosting;
  resumes: readonly ResumeChoice[];
  /** Two-letter language of the form; falls back to the form's own, then the posting's, then the labels'. */
  formLanguage?: string;
  writer: FreeTextWriter;
  /** Low effort leaves optional cover letters out (PRODUCT.md §4.5). */
  effort?: Effort;
}

/** What the planner knows while answering one field. */
export interface AnswerEnv {
  profile: Profile;
  posting: ExtractedPosting;
  resumes: readonly ResumeChoice[];
  language: string;
  /** The form asks for the phone's country code in a field of its own, so the number goes without it. */
  separatePhoneCountryCode: boolean;
  /** The form has a file field for the CV: a list of CVs the site stored earlier is left to the upload. */
  uploadsResume: boolean;
  /** The country the form's own work-authorisation questions name, for the ones that do not ("… require sponsorship?"). */
  formCountry?: string;
}

/** What to do with one field. `missing`: the profile has no such fact (flag when required, skip otherwise). */
export type Outcome =
  | {
      kind: "fill";
      value?: string;
      values?: string[];
      checked?: boolean;
      resumeVersionId?: string;
      source: ValueSource;
      confidence: number;
    }
  | { kind: "skip"; reason: string }
  | { kind: "flag"; reason: string }
  | { kind: "missing"; reason: string }
  | { kind: "write"; textKind: FreeTextKind };
