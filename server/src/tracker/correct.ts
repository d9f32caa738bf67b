import { type Db, recordCorrection, schema } from "@nyx/db";
import { AppError, type CorrectionRecord, HistoryCorrectionInput } from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import { ownedApplication } from "./scope.ts";

/** Columns that say whose a record is; History never moves a record to another application or person. */
const OWNERSHIP = new Set(["user_id", "application_id", "interview_id", "job_post_id"]);

/**
 * Corrects one of this application's own records from History, through the one correction path
 * (a data_corrections row that keeps the original, then the row changed), after checking that the
 * record belongs to this application of this person.
 */
export async function correctApplicationRecord(
  db: Db,
  userId: string,
  applicationId: string,
  raw: unknown,
): Promise<CorrectionRecord> {
  const input = HistoryCorrectionInput.parse(raw);
  await ownedApplication(db, userId, applicationId);
  if (OWNERSHIP.has(input.field))
    throw new AppError("validation_failed", `invalid input: field: ${input.field} says whose the record is`, {
      issues: [{ path: "field", message: "says whose the record is; it is not corrected from History" }],
    });
  if (!(await belongs(db, input.table, input.recordId, applicationId)))
    throw new AppError("not_found", `no ${input.table} row ${input.recordId} in application ${applicationId}`);
  return recordCorrection(db, {
    table: input.table,
    recordId: input.recordId,
    field: input.field,
    newValue: input.newValue,
    ...(input.reason ? { reason: input.reason } : {}),
    correctedBy: "user",
  });
}

async function belongs(db: Db, table: HistoryCorrectionInput["table"], recordId: string, applicationId: string) {
  const found = async (query: Promise<unknown[]>) => (await query).length > 0;
  const q = schema.applicationQuestions;
  const i = schema.interviews;
  const o = schema.interviewOutcomes;
  switch (table) {
    case "applications":
      return recordId === applicationId;
    case "application_questions":
      return found(
        db
          .select({ id: q.id })
          .from(q)
          .where(and(eq(q.id, recordId), eq(q.applicationId, applicationId))),
      );
    case "interviews":
      return found(
        db
          .select({ id: i.id })
          .from(i)
          .where(and(eq(i.id, recordId), eq(i.applicationId, applicationId))),
      );
    case "interview_outcomes":
      return found(
        db
          .select({ id: o.id })
          .from(o)
          .innerJoin(i, eq(i.id, o.interviewId))
          .where(and(eq(o.id, recordId), eq(i.applicationId, applicationId))),
      );
  }
}
