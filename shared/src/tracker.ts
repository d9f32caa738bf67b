import { z } from "zod";
import { EffortLevel } from "./settings.ts";

/**
 * The application tracker (PRODUCT.md §1.10, §8 History and Stats): what happened after an
 * application was sent, the filtered history, one application's whole record, and statistics.
 */

/** An application's own lifecycle (the applications.application_status CHECK values). */
export const ApplicationStatus = z.enum([
  "queued",
  "in_progress",
  "submitted",
  "failed",
  "paused",
  "skipped",
  "cancelled",
]);
export type ApplicationStatus = z.infer<typeof ApplicationStatus>;

/**
 * What the employer (or the person) did after a submitted application. Recorded as an
 * application_status_history row whose new_status is the outcome (actor `user`); the application's
 * own status stays `submitted`. The latest such row is the application's outcome.
 *
 * For the rates: a *response* is any outcome but `withdrawn` (the person's own step); an
 * *interview* is an `interview` or `offer` outcome or an interviews row; an *offer* is an `offer`
 * outcome or an interview outcome with an offer extended.
 */
export const ResponseOutcome = z.enum(["reviewing", "interview", "rejected", "offer", "withdrawn"]);
export type ResponseOutcome = z.infer<typeof ResponseOutcome>;

export const InterviewType = z.enum([
  "phone_screen",
  "technical",
  "behavioral",
  "system_design",
  "onsite",
  "hr",
  "hiring_manager",
  "panel",
  "other",
]);
export type InterviewType = z.infer<typeof InterviewType>;
export const InterviewLocation = z.enum(["remote", "onsite", "hybrid"]);
export type InterviewLocation = z.infer<typeof InterviewLocation>;
/** The interview_outcomes CHECK values. */
export const InterviewOutcome = z.enum(["passed", "failed", "pending", "withdrawn", "rescheduled", "no_show"]);
export type InterviewOutcome = z.infer<typeof InterviewOutcome>;

// ── History: the filtered list ──────────────────────────────────────────────────────────────

/** A query parameter left empty (`?status=`) counts as not given. */
export const queryParam = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const param = queryParam;
/** A calendar day, YYYY-MM-DD. */
export const CalendarDay = z.iso.date({ error: "expected a date such as 2025-03-31" });
const day = CalendarDay;
const share = z.coerce.number().min(0).max(1);

const filterShape = {
  status: param(ApplicationStatus),
  effort: param(EffortLevel),
  /** Part of the company's name, any case. */
  company: param(z.string().trim().min(1).max(200)),
  /** Part of the job title, the company's name or the domain, any case. */
  q: param(z.string().trim().min(1).max(200)),
  /** First and last day the application was created, in the person's time zone (inclusive). */
  from: param(day),
  to: param(day),
  minScore: param(share),
  maxScore: param(share),
  /** The latest response outcome; `none`: no response yet. */
  outcome: param(z.enum([...ResponseOutcome.options, "none"])),
};

type Ranges = { from?: string | undefined; to?: string | undefined; minScore?: number; maxScore?: number };
function checkRanges(f: Ranges, ctx: z.RefinementCtx) {
  if (f.from && f.to && f.from > f.to) ctx.addIssue({ code: "custom", path: ["from"], message: "from is after to" });
  if (f.minScore !== undefined && f.maxScore !== undefined && f.minScore > f.maxScore)
    ctx.addIssue({ code: "custom", path: ["minScore"], message: "minScore is above maxScore" });
}

/** The History filters (`GET /api/applications/history.csv`, `nyx export --csv`). */
export const HistoryFilter = z.strictObject(filterShape).superRefine(checkRanges);
export type HistoryFilter = z.infer<typeof HistoryFilter>;

/** `GET /api/applications/history`: the filters, a page size and the cursor of the previous page. */
export const HistoryQuery = z
  .strictObject({
    ...filterShape,
    limit: param(z.coerce.number().int().min(1).max(500)),
    cursor: param(z.string().max(200)),
  })
  .superRefine(checkRanges);
export type HistoryQuery = z.infer<typeof HistoryQuery>;

export const HistoryRow = z.object({
  id: z.uuid(),
  jobTitle: z.string(),
  company: z.string().nullable(),
  domain: z.string().nullable(),
  status: z.string(),
  outcome: ResponseOutcome.nullable(),
  outcomeAt: z.string().nullable(),
  effort: z.string(),
  score: z.number().nullable(),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  /** Sums of the application's model_usage rows. */
  costUsd: z.number(),
  tokensInput: z.number(),
  tokensOutput: z.number(),
});
export type HistoryRow = z.infer<typeof HistoryRow>;

/** Newest first; `total` counts every row the filters match; `nextCursor` is null on the last page. */
export const HistoryPage = z.object({
  rows: z.array(HistoryRow),
  total: z.number(),
  nextCursor: z.string().nullable(),
});
export type HistoryPage = z.infer<typeof HistoryPage>;

// ── Outcomes and interviews ─────────────────────────────────────────────────────────────────

const instant = z.iso.datetime({ offset: true, error: "expected a date-time such as 2025-03-31T14:00:00Z" });
const note = z.string().trim().min(1).max(2000);

export const InterviewInput = z.strictObject({
  type: InterviewType,
  scheduledAt: instant,
  durationMinutes: z.number().int().min(1).max(1440).optional(),
  location: InterviewLocation.optional(),
  /** Default: one more than the interviews recorded for the application. */
  round: z.number().int().min(1).max(50).optional(),
  meetingLink: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
});
export type InterviewInput = z.infer<typeof InterviewInput>;

/** `POST /api/applications/:id/response` (a submitted application only). */
export const ResponseInput = z
  .strictObject({
    outcome: ResponseOutcome,
    note: note.optional(),
    /** When it happened (default now); not before the application was sent, not in the future. */
    at: instant.optional(),
    interview: InterviewInput.optional(),
  })
  .refine((r) => r.interview === undefined || r.outcome === "interview", {
    path: ["interview"],
    message: "an interview goes with the outcome interview",
  });
export type ResponseInput = z.input<typeof ResponseInput>;

export const InterviewOutcomeInput = z.strictObject({
  outcome: InterviewOutcome,
  feedback: note.optional(),
  /** An offer extended also records the application's outcome `offer`. */
  offerExtended: z.boolean().default(false),
});
export type InterviewOutcomeInput = z.input<typeof InterviewOutcomeInput>;

export const InterviewOutcomeRecord = z.object({
  id: z.uuid(),
  interviewId: z.uuid(),
  outcome: InterviewOutcome.nullable(),
  feedback: z.string().nullable(),
  offerExtended: z.boolean(),
  at: z.string(),
});
export type InterviewOutcomeRecord = z.infer<typeof InterviewOutcomeRecord>;

export const InterviewView = z.object({
  id: z.uuid(),
  type: InterviewType.nullable(),
  round: z.number().nullable(),
  scheduledAt: z.string().nullable(),
  durationMinutes: z.number().nullable(),
  location: InterviewLocation.nullable(),
  meetingLink: z.string().nullable(),
  outcomes: z.array(InterviewOutcomeRecord),
});
export type InterviewView = z.infer<typeof InterviewView>;

export const ResponseResult = z.object({
  applicationId: z.uuid(),
  historyId: z.uuid(),
  outcome: ResponseOutcome,
  at: z.string(),
  interview: InterviewView.nullable(),
});
export type ResponseResult = z.infer<typeof ResponseResult>;

/**
 * `POST /api/applications/:id/corrections`: a correction of one of this application's own records
 * (the application, its questions, its interviews and their outcomes), written like every
 * correction as a data_corrections row that keeps the original.
 */
export const HistoryCorrectionInput = z.strictObject({
  table: z.enum(["applications", "application_questions", "interviews", "interview_outcomes"]),
  recordId: z.uuid(),
  field: z.string().regex(/^[a-z_]+$/, "expected a column name such as value_filled"),
  newValue: z.json(),
  reason: note.optional(),
});
export type HistoryCorrectionInput = z.input<typeof HistoryCorrectionInput>;
