import { z } from "zod";
import { Interruption } from "./apply.ts";

/**
 * Sessions (PRODUCT.md §5): the server works through the queue in the person's Chrome, a few tabs
 * at a time, until a limit is reached, the queue is empty or the person stops it.
 */

export const SessionStatus = z.enum(["planned", "running", "paused", "completed", "failed", "cancelled"]);
export type SessionStatus = z.infer<typeof SessionStatus>;

/** Why a session ended (or, for `paused`, why it waits). */
export const SessionEndReason = z.enum([
  "max_duration",
  "max_applications",
  "daily_cap",
  "queue_empty",
  "stopped",
  "error",
]);
export type SessionEndReason = z.infer<typeof SessionEndReason>;

export const SessionAction = z.enum(["start", "pause", "resume", "stop"]);
export type SessionAction = z.infer<typeof SessionAction>;

/** The limits a session runs under (from the environment, overridden by the person's settings). */
export const SessionLimits = z.object({
  maxApplications: z.number().int().positive(),
  maxSeconds: z.number().int().positive(),
  maxDaily: z.number().int().positive(),
  workers: z.number().int().min(1).max(5),
  /** Pause between two applications of one tab, drawn at random in this range. */
  appDelaySeconds: z.object({ min: z.number().nonnegative(), max: z.number().nonnegative() }),
});
export type SessionLimits = z.infer<typeof SessionLimits>;

/** One worker tab's current application, as the server knows it. */
export const WorkerSlot = z.object({
  applicationId: z.uuid(),
  jobTitle: z.string().nullable(),
  company: z.string().nullable(),
  domain: z.string().nullable(),
  since: z.iso.datetime(),
  /** The last step the tab reported ("step 2: to the next step"), when it reported one. */
  doing: z.string().nullable(),
});
export type WorkerSlot = z.infer<typeof WorkerSlot>;

/** Something only the person can do: a CAPTCHA, a code, a check, questions, or a submit to verify. */
export const WaitingForPerson = z.object({
  applicationId: z.uuid(),
  kind: z.union([Interruption, z.enum(["needs_person", "check_manually"])]),
  jobTitle: z.string().nullable(),
  company: z.string().nullable(),
  detail: z.string().nullable(),
  since: z.iso.datetime(),
});
export type WaitingForPerson = z.infer<typeof WaitingForPerson>;

export const SessionCounts = z.object({
  /** Applications handed to a worker in this session (each counted once, however often retried). */
  attempted: z.number().int().nonnegative(),
  submitted: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
  paused: z.number().int().nonnegative(),
  inProgress: z.number().int().nonnegative(),
  /** Applications started today (the person's calendar day), in any session, on any server. */
  today: z.number().int().nonnegative(),
  /** Applications waiting in the queue now. */
  queued: z.number().int().nonnegative(),
});
export type SessionCounts = z.infer<typeof SessionCounts>;

/** `GET /api/session`, and the `session` live event: the session as the side panel shows it. */
export const SessionView = z.object({
  id: z.uuid(),
  status: SessionStatus,
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime().nullable(),
  /** Why it ended, or why it is paused, in words for the person. */
  reason: z.string().nullable(),
  endReason: SessionEndReason.nullable(),
  limits: SessionLimits,
  counts: SessionCounts,
  tokensInput: z.number().int().nonnegative(),
  tokensOutput: z.number().int().nonnegative(),
  costUsd: z.number().nonnegative(),
  workers: z.array(WorkerSlot),
  waiting: z.array(WaitingForPerson),
  /** Whether an extension is connected to take applications (none: the session waits). */
  extensionConnected: z.boolean(),
});
export type SessionView = z.infer<typeof SessionView>;

/** `GET /api/session`: the current (or last) session of this person, if any. */
export const SessionResponse = z.object({ session: SessionView.nullable() });
export type SessionResponse = z.infer<typeof SessionResponse>;
