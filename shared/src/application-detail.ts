import { z } from "zod";
import { InterviewView, ResponseOutcome } from "./tracker.ts";

/** `GET /api/applications/:id/detail`: one application as History shows it. */

export const DetailPosting = z.object({
  jobId: z.uuid(),
  title: z.string(),
  company: z.string().nullable(),
  location: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  remote: z.boolean().nullable(),
  url: z.string(),
  /** The posting's text as read (clean text, else the raw description). */
  description: z.string().nullable(),
  postedAt: z.string().nullable(),
  source: z.string().nullable(),
});

export const DetailQuestion = z.object({
  id: z.uuid(),
  step: z.number(),
  label: z.string(),
  fieldType: z.string().nullable(),
  required: z.boolean(),
  /** The answer as it stands now (a correction, when there is one). */
  answer: z.string().nullable(),
  /** The answer first recorded; equals `answer` when nothing was corrected. */
  originalAnswer: z.string().nullable(),
  corrected: z.boolean(),
  /** Where the answer came from (application_questions.value_source: profile, llm, default, template, manual_correction). */
  source: z.string().nullable(),
  confidence: z.number().nullable(),
  /** Why the question waits for the person, when it was flagged. */
  flagged: z.string().nullable(),
});
export type DetailQuestion = z.infer<typeof DetailQuestion>;

export const DetailEvent = z.object({
  id: z.uuid(),
  type: z.string(),
  detail: z.string().nullable(),
  payload: z.json().nullable(),
  at: z.string(),
});

export const TimelineEntry = z.object({
  id: z.uuid(),
  at: z.string(),
  oldStatus: z.string().nullable(),
  newStatus: z.string(),
  /** `outcome` for a response (reviewing, interview, …), `status` for the application's own lifecycle. */
  kind: z.enum(["status", "outcome"]),
  reason: z.string().nullable(),
  actor: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const UsageLine = z.object({
  purpose: z.string().nullable(),
  model: z.string(),
  calls: z.number(),
  failed: z.number(),
  tokensInput: z.number(),
  tokensOutput: z.number(),
  costUsd: z.number(),
});

/** One corrected value of this application's records, with what it was and what it is now. */
export const DetailCorrection = z.object({
  id: z.uuid(),
  table: z.string(),
  recordId: z.uuid(),
  field: z.string(),
  /** The question's label for an answer; the column name otherwise. */
  label: z.string(),
  originalValue: z.json().nullable(),
  correctedValue: z.json(),
  reason: z.string().nullable(),
  correctedBy: z.string().nullable(),
  at: z.string(),
});
export type DetailCorrection = z.infer<typeof DetailCorrection>;

export const ApplicationDetail = z.object({
  id: z.uuid(),
  status: z.string(),
  outcome: z.object({ outcome: ResponseOutcome, at: z.string() }).nullable(),
  effort: z.string(),
  score: z.number().nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  submittedAt: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  failure: z.object({ code: z.string().nullable(), detail: z.string().nullable() }).nullable(),
  domain: z.string().nullable(),
  posting: DetailPosting,
  questions: z.array(DetailQuestion),
  coverLetter: z.object({ text: z.string(), generatedBy: z.string().nullable() }).nullable(),
  cv: z
    .object({
      resumeId: z.uuid(),
      key: z.string(),
      name: z.string(),
      versionId: z.uuid().nullable(),
      version: z.number().nullable(),
      fileName: z.string().nullable(),
    })
    .nullable(),
  events: z.array(DetailEvent),
  timeline: z.array(TimelineEntry),
  steps: z.object({
    total: z.number(),
    failed: z.number(),
    byAction: z.record(z.string(), z.number()),
    firstAt: z.string().nullable(),
    lastAt: z.string().nullable(),
  }),
  usage: z.object({
    calls: z.number(),
    tokensInput: z.number(),
    tokensOutput: z.number(),
    costUsd: z.number(),
    byPurpose: z.array(UsageLine),
  }),
  interviews: z.array(InterviewView),
  corrections: z.array(DetailCorrection),
});
export type ApplicationDetail = z.infer<typeof ApplicationDetail>;
