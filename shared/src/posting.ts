import { z } from "zod";
import { Seniority } from "./profile.ts";

/** Where a posting lives; one extractor (and later one extension adapter) per platform. */
export const Platform = z.enum([
  "linkedin",
  "greenhouse",
  "lever",
  "workday",
  "ashby",
  "indeed",
  "smartrecruiters",
  "generic",
]);
export type Platform = z.infer<typeof Platform>;

export const RemoteMode = z.enum(["onsite", "hybrid", "remote"]);
export type RemoteMode = z.infer<typeof RemoteMode>;

export const EmploymentType = z.enum(["full_time", "part_time", "contract", "intern", "freelance"]);
export type EmploymentType = z.infer<typeof EmploymentType>;

/** A pay range as stated (annual base unless `period` says otherwise); `max` absent when only a minimum is stated. */
export const Salary = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/),
  min: z.number().nonnegative().optional(),
  max: z.number().nonnegative().optional(),
  period: z.enum(["year", "month", "hour"]).default("year"),
});
export type Salary = z.infer<typeof Salary>;

/** What an extractor makes of a posting page. `null` = not stated on the page. */
export const ExtractedPosting = z.object({
  platform: Platform,
  title: z.string().min(1),
  company: z.string().nullable(),
  /** The location as the page shows it. */
  locationRaw: z.string().nullable(),
  /** English names as the profile uses them ("Munich", "Zurich", "Germany"). */
  city: z.string().nullable(),
  country: z.string().nullable(),
  remote: RemoteMode.nullable(),
  employmentType: EmploymentType.nullable(),
  seniority: Seniority.nullable(),
  department: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) or date-time, only when the page states an absolute date. */
  postedAt: z.string().nullable(),
  salary: Salary.nullable(),
  /** The description as HTML from the page, and as clean text (entities decoded). */
  descriptionRaw: z.string(),
  descriptionClean: z.string(),
  /** Absolute URL where the application starts (the posting itself when the form is on the page). */
  applyUrl: z.string().nullable(),
  /** Two-letter language of the posting text (en, de, fr, …). */
  language: z.string().nullable(),
  /** A one-step apply on the platform itself (LinkedIn Easy Apply). */
  quickApply: z.boolean(),
});
export type ExtractedPosting = z.infer<typeof ExtractedPosting>;

export const MAX_SNAPSHOT_HTML = 6 * 1024 * 1024;

/** A posting page as the extension captured it (or as a test serves it). */
export const PostingSnapshot = z.strictObject({
  url: z.url({ protocol: /^https?$/, error: "expected an http(s) URL" }),
  html: z.string().max(MAX_SNAPSHOT_HTML, "the page is larger than 6 MiB").optional(),
  /** JSON-LD blocks the content script found (parsed). */
  jsonLd: z.array(z.unknown()).max(50).optional(),
  /** What the extension's site adapter read from the live DOM; the server's extraction fills the gaps. */
  extraction: ExtractedPosting.partial().optional(),
});
export type PostingSnapshot = z.infer<typeof PostingSnapshot>;

/** One card of a LinkedIn jobs search page. */
export const LinkedInCard = z.strictObject({
  id: z.string().regex(/^\d{5,}$/, "expected LinkedIn's numeric job id"),
  title: z.string().trim().min(1),
  company: z.string().trim().min(1).optional(),
  location: z.string().trim().optional(),
  url: z.url().optional(),
});
export type LinkedInCard = z.infer<typeof LinkedInCard>;

/** A posting of which nothing is known but what `fields` says (a form of a job never read; tests). */
export function blankPosting(fields: Partial<ExtractedPosting> = {}): ExtractedPosting {
  return {
    platform: "generic",
    title: "",
    company: null,
    locationRaw: null,
    city: null,
    country: null,
    remote: null,
    employmentType: null,
    seniority: null,
    department: null,
    postedAt: null,
    salary: null,
    descriptionRaw: "",
    descriptionClean: "",
    applyUrl: null,
    language: null,
    quickApply: false,
    ...fields,
  };
}
