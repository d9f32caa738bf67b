import { type Db, schema } from "@nyx/db";
import type { DetailCorrection, DetailQuestion, InterviewView } from "@nyx/shared";
import { asc, inArray } from "drizzle-orm";

type QuestionRow = typeof schema.applicationQuestions.$inferSelect;
type Json = DetailCorrection["correctedValue"];

/**
 * Every data_corrections row of this application's records (the application, its posting, its
 * questions, its interviews and their outcomes), oldest first: the original value and the new one.
 */
export async function applicationCorrections(
  db: Db,
  of: { applicationId: string; jobPostId: string; questions: QuestionRow[]; interviews: InterviewView[] },
): Promise<DetailCorrection[]> {
  const records = new Map<string, string>([
    [of.applicationId, "applications"],
    [of.jobPostId, "job_posts"],
  ]);
  for (const q of of.questions) records.set(q.id, "application_questions");
  for (const i of of.interviews) {
    records.set(i.id, "interviews");
    for (const o of i.outcomes) records.set(o.id, "interview_outcomes");
  }
  const labels = new Map(of.questions.map((q) => [q.id, questionLabel(q)]));
  const c = schema.dataCorrections;
  const rows = await db
    .select()
    .from(c)
    .where(inArray(c.recordId, [...records.keys()]))
    .orderBy(asc(c.createdAt), asc(c.id));
  return rows
    .filter((r) => records.get(r.recordId) === r.tableName)
    .map((r) => ({
      id: r.id,
      table: r.tableName,
      recordId: r.recordId,
      field: r.fieldName,
      label: labels.get(r.recordId) ?? r.fieldName,
      originalValue: (r.oldValue ?? null) as Json | null,
      correctedValue: (r.newValue ?? null) as Json,
      reason: r.correctionReason,
      correctedBy: r.correctedBy,
      at: (r.createdAt ?? new Date()).toISOString(),
    }));
}

/**
 * Each question with its answer now and the answer first recorded. A correction of value_filled
 * changes the row, so the first correction's old value is the original; a corrected_value sits
 * beside the original value_filled.
 */
export function questionsWithOriginals(questions: QuestionRow[], corrections: DetailCorrection[]): DetailQuestion[] {
  return questions.map((q) => {
    const own = corrections.filter((c) => c.table === "application_questions" && c.recordId === q.id);
    const firstFill = own.find((c) => c.field === "value_filled");
    const original = firstFill ? asText(firstFill.originalValue) : q.valueFilled;
    const answer = q.correctedValue ?? q.valueFilled;
    return {
      id: q.id,
      step: q.stepIndex,
      label: questionLabel(q),
      fieldType: q.fieldType,
      required: q.isRequired ?? false,
      answer,
      originalAnswer: original,
      corrected: own.length > 0 || answer !== original,
      source: q.valueSource,
      confidence: q.confidenceScore === null ? null : Number(q.confidenceScore),
      flagged: q.validationErrorMessage?.startsWith("flagged for the person")
        ? q.validationErrorMessage.replace(/^flagged for the person:\s*/, "")
        : null,
    };
  });
}

function questionLabel(q: QuestionRow): string {
  return q.fieldLabelRaw ?? q.fieldNameAttr ?? q.fieldIdAttr ?? `question ${q.id.slice(0, 8)}`;
}

function asText(value: Json | null): string | null {
  if (value === null) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}
