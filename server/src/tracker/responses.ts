import { type Db, schema } from "@nyx/db";
import {
  AppError,
  InterviewOutcomeInput,
  type InterviewOutcomeRecord,
  ResponseInput,
  type ResponseResult,
} from "@nyx/shared";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { interviewView, outcomeRecord } from "./interviews.ts";
import { invalidInput } from "./invalid.ts";
import { OUTCOMES } from "./outcomes.ts";
import { ownedApplication, type Tx } from "./scope.ts";

/** How far ahead of this clock a reported time may be (another device's clock). */
const CLOCK_SKEW_MS = 5 * 60_000;
const h = schema.applicationStatusHistory;

/**
 * What happened after a submitted application: an application_status_history row (actor user,
 * new_status the outcome; the application's own status stays submitted) and, for an interview
 * with a date, an interviews row at the job's company. All or nothing.
 */
export async function recordResponse(
  db: Db,
  userId: string,
  applicationId: string,
  raw: unknown,
  now = new Date(),
): Promise<ResponseResult> {
  const input = ResponseInput.parse(raw);
  return db.transaction(async (tx) => {
    const app = await ownedApplication(tx, userId, applicationId, true);
    if (app.status !== "submitted")
      throw new AppError(
        "conflict",
        `the application is ${app.status ?? "queued"}: only a submitted application can get a response`,
      );
    const at = input.at ? new Date(input.at) : now;
    if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalidInput("at", "is in the future");
    if (app.submittedAt && at < app.submittedAt)
      throw invalidInput("at", `is before the application was sent (${app.submittedAt.toISOString()})`);
    const [inserted] = await tx
      .insert(h)
      .values({
        applicationId,
        oldStatus: (await latestOutcomeOf(tx, applicationId)) ?? app.status,
        newStatus: input.outcome,
        changedAt: at,
        reason: input.note ?? `${input.outcome}, recorded by the person`,
        actor: "user",
      })
      .returning({ id: h.id });
    if (!inserted) throw new AppError("internal", "the response was not recorded");
    let interview: ResponseResult["interview"] = null;
    if (input.interview) {
      const i = schema.interviews;
      const [{ n } = { n: 0 }] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(i)
        .where(eq(i.applicationId, applicationId));
      const [row] = await tx
        .insert(i)
        .values({
          applicationId,
          companyId: app.companyId,
          interviewType: input.interview.type,
          roundNumber: input.interview.round ?? n + 1,
          scheduledDatetime: new Date(input.interview.scheduledAt),
          durationMinutes: input.interview.durationMinutes ?? null,
          location: input.interview.location ?? null,
          meetingLink: input.interview.meetingLink ?? null,
        })
        .returning();
      if (!row) throw new AppError("internal", "the interview was not recorded");
      interview = interviewView(row, []);
    }
    return { applicationId, historyId: inserted.id, outcome: input.outcome, at: at.toISOString(), interview };
  });
}

/**
 * How an interview went: an interview_outcomes row. An offer extended is also the application's
 * outcome `offer` (unless that is already its latest), so History and the rates agree.
 */
export async function recordInterviewOutcome(
  db: Db,
  userId: string,
  interviewId: string,
  raw: unknown,
): Promise<InterviewOutcomeRecord> {
  const input = InterviewOutcomeInput.parse(raw);
  return db.transaction(async (tx) => {
    const i = schema.interviews;
    const [interview] = await tx
      .select({ applicationId: i.applicationId })
      .from(i)
      .innerJoin(schema.applications, eq(schema.applications.id, i.applicationId))
      .where(and(eq(i.id, interviewId), eq(schema.applications.userId, userId)));
    if (!interview) throw new AppError("not_found", `no interview ${interviewId}`);
    await ownedApplication(tx, userId, interview.applicationId, true);
    const [row] = await tx
      .insert(schema.interviewOutcomes)
      .values({
        interviewId,
        outcome: input.outcome,
        feedbackSummary: input.feedback ?? null,
        offerExtended: input.offerExtended,
      })
      .returning();
    if (!row) throw new AppError("internal", "the interview outcome was not recorded");
    const latest = await latestOutcomeOf(tx, interview.applicationId);
    if (input.offerExtended && latest !== "offer") {
      await tx.insert(h).values({
        applicationId: interview.applicationId,
        oldStatus: latest ?? "submitted",
        newStatus: "offer",
        reason: "offer extended after the interview",
        actor: "user",
      });
    }
    return outcomeRecord(row);
  });
}

async function latestOutcomeOf(tx: Tx, applicationId: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ status: h.newStatus })
    .from(h)
    .where(and(eq(h.applicationId, applicationId), inArray(h.newStatus, [...OUTCOMES])))
    .orderBy(desc(h.changedAt), desc(h.id))
    .limit(1);
  return row?.status;
}
