import { type Db, schema } from "@nyx/db";
import {
  InterviewLocation,
  InterviewOutcome,
  type InterviewOutcomeRecord,
  InterviewType,
  type InterviewView,
} from "@nyx/shared";
import { asc, inArray } from "drizzle-orm";

type InterviewRow = typeof schema.interviews.$inferSelect;
type OutcomeRow = typeof schema.interviewOutcomes.$inferSelect;

/** The interviews of these applications with their outcomes, in the order they are scheduled. */
export async function interviewsOf(db: Db, applicationIds: string[]): Promise<InterviewView[]> {
  if (applicationIds.length === 0) return [];
  const i = schema.interviews;
  const rows = await db
    .select()
    .from(i)
    .where(inArray(i.applicationId, applicationIds))
    .orderBy(asc(i.roundNumber), asc(i.scheduledDatetime), asc(i.createdAt));
  if (rows.length === 0) return [];
  const o = schema.interviewOutcomes;
  const outcomes = await db
    .select()
    .from(o)
    .where(
      inArray(
        o.interviewId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(o.createdAt), asc(o.id));
  return rows.map((r) =>
    interviewView(
      r,
      outcomes.filter((x) => x.interviewId === r.id),
    ),
  );
}

export function interviewView(row: InterviewRow, outcomes: OutcomeRow[]): InterviewView {
  const type = InterviewType.safeParse(row.interviewType);
  const location = InterviewLocation.safeParse(row.location);
  return {
    id: row.id,
    type: type.success ? type.data : null,
    round: row.roundNumber,
    scheduledAt: row.scheduledDatetime?.toISOString() ?? null,
    durationMinutes: row.durationMinutes,
    location: location.success ? location.data : null,
    meetingLink: row.meetingLink,
    outcomes: outcomes.map(outcomeRecord),
  };
}

export function outcomeRecord(row: OutcomeRow): InterviewOutcomeRecord {
  const outcome = InterviewOutcome.safeParse(row.outcome);
  return {
    id: row.id,
    interviewId: row.interviewId,
    outcome: outcome.success ? outcome.data : null,
    feedback: row.feedbackSummary,
    offerExtended: row.offerExtended ?? false,
    at: (row.createdAt ?? new Date()).toISOString(),
  };
}
