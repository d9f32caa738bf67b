import { z } from "zod";

/** One application with every field the owner records (requirements-reference.md §1.4). */
export const ApplicationRecord = z.object({
  id: z.uuid(),
  status: z.string(),
  failureCode: z.string().nullable(),
  errorMessage: z.string().nullable(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  jobDescription: z.string().nullable(),
  company: z.string().nullable(),
  companyIndustry: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  postingSource: z.string().nullable(),
  baseUrl: z.string(),
  jobUrl: z.string(),
  /** ISO date-time of the posting, when the page stated it. */
  postedAt: z.string().nullable(),
  /** ISO date-time, to the second, when the application was sent. */
  appliedAt: z.string().nullable(),
  durationSeconds: z.number().nullable(),
  cvUsed: z.string().nullable(),
  /** The CV text, when the CV was altered for this application (a generated version). */
  cvContent: z.string().nullable(),
  coverLetter: z.string().nullable(),
  effortLevel: z.string(),
  matchScore: z.number().nullable(),
  questionsAnswers: z.array(
    z.object({ question: z.string(), answer: z.string().nullable(), source: z.string().nullable() }),
  ),
  sessionId: z.uuid().nullable(),
  tokensInput: z.number(),
  tokensOutput: z.number(),
  /** LLM purposes and browser actions used, with how often. */
  toolsUsed: z.record(z.string(), z.number()),
  toolsUsedNumber: z.number(),
  costUsd: z.number(),
  createdAt: z.string(),
});
export type ApplicationRecord = z.infer<typeof ApplicationRecord>;
