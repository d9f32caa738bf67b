import type { EffortLevel, FollowUp } from "@nyx/shared";
import type { ApplicationStatus } from "../applications/status.ts";
import type { Tier } from "../hunt/company-policy.ts";

/** How the applications of one group (a domain, a company tier) ended. */
export interface OutcomeCounts {
  attempted: number;
  submitted: number;
  failed: number;
  paused: number;
}

/** Failed applications with one failure code. */
export interface DigestError {
  code: string;
  count: number;
  /** One of them, so the person recognises it (scraped text: escape it in markup). */
  example: { applicationId: string; jobTitle: string; company: string | null };
}

/** An application that only the person can move on. */
export interface WaitingApplication {
  applicationId: string;
  /** paused: a CAPTCHA, a code, questions…; check_manually: a submit was attempted and not confirmed. */
  kind: "paused" | "check_manually";
  jobTitle: string;
  company: string | null;
  /** Why it waits, as recorded with the status change. */
  why: string | null;
  failureCode: string | null;
}

/**
 * One session as the digest e-mail and the `session_digests` row tell it. The applications of a
 * session are those handed to a worker in it (a `dispatched` event with its id), each counted once
 * with its status now; tokens and cost are the sum of their `model_usage` rows (and the session's own).
 */
export interface SessionDigest {
  sessionId: string;
  sessionName: string | null;
  sessionStatus: string;
  /** The person's IANA time zone (users.timezone), for showing times. */
  timeZone: string;
  startedAt: Date;
  /** Null while the session still runs (the duration then runs to `generatedAt`). */
  endedAt: Date | null;
  generatedAt: Date;
  durationSeconds: number;
  total: number;
  byStatus: Record<ApplicationStatus, number>;
  byEffort: Record<EffortLevel, number>;
  tokensInput: number;
  tokensOutput: number;
  costUsd: number;
  /** Mean of the match scores (0–1) that are known; null when none is. */
  avgMatchScore: number | null;
  /** Mean time from start to submit of the applications that record one, in whole seconds. */
  avgDurationSeconds: number | null;
  perDomain: Record<string, OutcomeCounts>;
  perCompanyTier: Partial<Record<Tier | "unknown", OutcomeCounts>>;
  /** Failed applications by failure code, the most frequent first. */
  errors: DigestError[];
  waiting: WaitingApplication[];
  /** The session's person (null for a session without one). */
  userId: string | null;
  /** Submitted applications without an answer after `followUpDays`, not reminded yet; reminded once the digest is sent. */
  followUps: FollowUp[];
  followUpDays: number;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
}
