import type { EffortLevel, Settings } from "@nyx/shared";
import type { ApplicationStatus } from "../applications/status.ts";
import { companyTier } from "../hunt/company-policy.ts";
import { domainOf } from "../ingest/canonical-url.ts";
import type { DigestError, OutcomeCounts, SessionDigest, WaitingApplication } from "./types.ts";

/** One application of the session, as read for the digest. */
export interface DigestApplication {
  id: string;
  status: string | null;
  effort: string;
  matchScore: string | null;
  durationSeconds: number | null;
  domain: string | null;
  jobUrl: string;
  jobTitle: string;
  company: string | null;
  companyTier: string | null;
  failureCode: string | null;
  /** The reason recorded when it was last paused. */
  pausedBecause: string | null;
  /** A submit was attempted (an intent recorded before the click). */
  submitIntent: boolean;
}

export type Tally = Pick<
  SessionDigest,
  | "total"
  | "byStatus"
  | "byEffort"
  | "avgMatchScore"
  | "avgDurationSeconds"
  | "perDomain"
  | "perCompanyTier"
  | "errors"
  | "waiting"
>;

const STATUSES: readonly ApplicationStatus[] = [
  "submitted",
  "failed",
  "paused",
  "in_progress",
  "queued",
  "skipped",
  "cancelled",
];
const EFFORTS: readonly EffortLevel[] = ["low", "medium", "high"];

/** Counts, averages and groups over the applications of a session. */
export function tally(apps: readonly DigestApplication[], settings: Settings): Tally {
  const byStatus = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  const byEffort = Object.fromEntries(EFFORTS.map((e) => [e, 0])) as Record<EffortLevel, number>;
  const perDomain: Record<string, OutcomeCounts> = {};
  const perCompanyTier: Tally["perCompanyTier"] = {};
  const errors = new Map<string, DigestError>();
  const waiting: WaitingApplication[] = [];

  for (const app of apps) {
    const status = statusOf(app.status);
    byStatus[status] += 1;
    if (isEffort(app.effort)) byEffort[app.effort] += 1;
    count(groupIn(perDomain, app.domain ?? hostOf(app.jobUrl)), status);
    const tier = app.company === null ? "unknown" : companyTier(settings, app.company, app.companyTier);
    count(groupIn(perCompanyTier, tier), status);
    if (status === "failed") {
      const code = app.failureCode ?? "unknown";
      const known = errors.get(code);
      if (known) known.count += 1;
      else
        errors.set(code, {
          code,
          count: 1,
          example: { applicationId: app.id, jobTitle: app.jobTitle, company: app.company },
        });
    }
    const waits = app.submitIntent && status !== "submitted" ? "check_manually" : status === "paused" ? "paused" : null;
    if (waits)
      waiting.push({
        applicationId: app.id,
        kind: waits,
        jobTitle: app.jobTitle,
        company: app.company,
        why:
          waits === "check_manually"
            ? "a submit was attempted but not confirmed: check the site before applying again"
            : app.pausedBecause,
        failureCode: app.failureCode,
      });
  }

  const scores = apps.map((a) => (a.matchScore === null ? Number.NaN : Number(a.matchScore))).filter(Number.isFinite);
  const durations = apps.map((a) => a.durationSeconds).filter((d): d is number => d !== null);
  return {
    total: apps.length,
    byStatus,
    byEffort,
    avgMatchScore: scores.length === 0 ? null : Math.round((sum(scores) / scores.length) * 1000) / 1000,
    avgDurationSeconds: durations.length === 0 ? null : Math.round(sum(durations) / durations.length),
    perDomain,
    perCompanyTier,
    errors: [...errors.values()].sort((a, b) => b.count - a.count || a.code.localeCompare(b.code)),
    waiting,
  };
}

function statusOf(status: string | null): ApplicationStatus {
  return STATUSES.find((s) => s === status) ?? "queued";
}

function isEffort(effort: string): effort is EffortLevel {
  return EFFORTS.some((e) => e === effort);
}

/** The counts of `key`, started at zero the first time. */
function groupIn<K extends string>(groups: Partial<Record<K, OutcomeCounts>>, key: K): OutcomeCounts {
  const known = groups[key];
  if (known) return known;
  const fresh = { attempted: 0, submitted: 0, failed: 0, paused: 0 };
  groups[key] = fresh;
  return fresh;
}

function count(counts: OutcomeCounts, status: ApplicationStatus): void {
  counts.attempted += 1;
  if (status === "submitted" || status === "failed" || status === "paused") counts[status] += 1;
}

function hostOf(url: string): string {
  try {
    return domainOf(url);
  } catch {
    return "unknown";
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((n, v) => n + v, 0);
}
