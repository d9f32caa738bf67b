/**
 * The facts a form field can ask for. Each one is answered from the profile, by the free-text
 * writer, or not at all (flagged or skipped); `recogniseField` tells which.
 */
export const FACTS = [
  "first_name",
  "last_name",
  "full_name",
  "preferred_name",
  "email",
  "phone",
  "phone_country_code",
  "phone_number_national",
  "phone_type",
  "street",
  "city",
  "postal_code",
  "country",
  "nationality",
  "location",
  "linkedin",
  "github",
  "portfolio",
  "website",
  "other_link",
  "current_company",
  "current_title",
  "experience_start",
  "experience_end",
  "currently_employed",
  "years_experience",
  "skill_years",
  "skill_experience",
  "skills",
  "salary_expectation",
  "salary_current",
  "salary_currency",
  "notice_period",
  "earliest_start",
  "work_authorization",
  "needs_sponsorship",
  "willing_to_relocate",
  "remote_preference",
  "languages",
  "language_level",
  "education_school",
  "education_degree",
  "education_field",
  "education_start",
  "education_end",
  "how_did_you_hear",
  "referral",
  "salutation",
  "gender",
  "race",
  "veteran",
  "disability",
  "pronouns",
  "previously_employed_here",
  "over_18",
  "background_check_consent",
  "data_processing_consent",
  "marketing_consent",
  "newsletter_consent",
  "talent_pool_consent",
  "follow_company",
  "sms_consent",
  "resume",
  "cover_letter",
  "other_file",
  "free_text",
  "verification_code",
  "captcha",
  "honeypot",
  "unknown",
] as const;
export type Fact = (typeof FACTS)[number];

/** Consents a careful person never gives just to apply. */
export const OPTIONAL_CONSENTS: ReadonlySet<Fact> = new Set([
  "marketing_consent",
  "newsletter_consent",
  "talent_pool_consent",
  "follow_company",
  "sms_consent",
]);

/** What a free-text question is after; the writer shapes its answer by it. */
export type FreeTextKind = "cover_letter" | "motivation" | "about_you" | "experience" | "additional_info" | "other";

export type DatePart = "day" | "month" | "year";
export type SalaryPeriod = "year" | "month" | "hour";

export interface Recognition {
  fact: Fact;
  /** 0..1: how sure the recogniser is. */
  confidence: number;
  /** A per-country question's country (ISO 3166 alpha-2), e.g. "CH" for "… to work in Switzerland?". */
  country?: string;
  /** A per-language question's language, in English ("German"). */
  language?: string;
  /** A per-skill question's skill as the form writes it ("Rust"). */
  skill?: string;
  /** A currency the question names ("CHF"). */
  currency?: string;
  /** A pay period the question names. */
  period?: SalaryPeriod;
  /** For `free_text` and `cover_letter`: what kind of text. */
  textKind?: FreeTextKind;
  /** For split date inputs: which part this field takes. */
  datePart?: DatePart;
  /** For `other_link`: which kind of link (twitter, xing, …). */
  linkKind?: string;
  /** Languages whose dictionary matched the field's own words (helps tell the form's language). */
  labelLanguages: string[];
  /** What decided it ("label:en:first_name", "autocomplete:given-name", …). */
  evidence: string[];
}
