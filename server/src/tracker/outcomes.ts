import { schema } from "@nyx/db";
import { ResponseOutcome } from "@nyx/shared";
import { type SQL, sql } from "drizzle-orm";
import { isoText, valueList as list } from "./sql-parts.ts";

/**
 * How outcomes are read back (shared/src/tracker.ts ResponseOutcome says what they mean). An
 * outcome is an application_status_history row whose new_status is one of ResponseOutcome; the
 * lifecycle statuses (queued … cancelled) never share a name with one, so the two never mix.
 */
export const OUTCOMES = ResponseOutcome.options;
/** Outcomes that are the employer answering (withdrawn is the person's own step). */
export const RESPONSES = ["reviewing", "interview", "rejected", "offer"] as const;
export const INTERVIEW_OR_LATER = ["interview", "offer"] as const;

const h = schema.applicationStatusHistory;
const a = schema.applications;

export const isOutcome = (status: string): status is ResponseOutcome =>
  (OUTCOMES as readonly string[]).includes(status);

/** A history row of the outer query's application with one of these new statuses exists. */
export function hasOutcome(values: readonly string[]): SQL<boolean> {
  return sql<boolean>`exists (select 1 from ${h} where ${h.applicationId} = ${a.id} and ${h.newStatus} in (${list(values)}))`;
}

/** The outer query's application's latest outcome (by when it happened), or null. */
export const latestOutcome = sql<string | null>`(select ${h.newStatus} from ${h}
  where ${h.applicationId} = ${a.id} and ${h.newStatus} in (${list(OUTCOMES)})
  order by ${h.changedAt} desc, ${h.id} desc limit 1)`;

export const latestOutcomeAt = sql<string | null>`(select ${isoText(h.changedAt)} from ${h}
  where ${h.applicationId} = ${a.id} and ${h.newStatus} in (${list(OUTCOMES)})
  order by ${h.changedAt} desc, ${h.id} desc limit 1)`;
