import { z } from "zod";
import { Decision, EffortLevel } from "./settings.ts";

export const ScoreBreakdown = z.object({
  skills: z.number(),
  title: z.number(),
  experience: z.number(),
  location: z.number(),
  remote: z.number(),
  locationOrRemote: z.number(),
  salary: z.number(),
  structured: z.number(),
  /** Cosine similarity of the job's and the profile's embeddings; absent when embeddings failed. */
  semantic: z.number().optional(),
  semanticSource: z.enum(["api", "cache", "offline"]).optional(),
  reasons: z.array(z.string()),
});
export type ScoreBreakdown = z.infer<typeof ScoreBreakdown>;

/** What "Hunt this job" answers: the job, the score with its breakdown, the decision and the effort. */
export const HuntResult = z.object({
  job: z.object({ id: z.uuid(), url: z.string(), title: z.string(), company: z.string().nullable() }),
  duplicate: z.boolean(),
  application: z.object({ id: z.uuid(), status: z.string() }),
  profile: z.object({ id: z.uuid(), name: z.string() }),
  score: z.number(),
  breakdown: ScoreBreakdown,
  decision: Decision,
  reason: z.string(),
  effort: z.object({ level: EffortLevel, source: z.enum(["user", "auto"]), reason: z.string() }),
  /** One line for the person: "Applying", "In review queue: 34 %", "Skipped: avoid-tier company". */
  label: z.string(),
});
export type HuntResult = z.infer<typeof HuntResult>;
