import { type Db, schema } from "@nyx/db";
import type { FillPlan, FormDescription, FormField } from "@nyx/shared";
import { eq, sql } from "drizzle-orm";
import { changeStatus } from "../applications/status.ts";

type QuestionType =
  | "text"
  | "textarea"
  | "select"
  | "checkbox"
  | "radio"
  | "upload"
  | "date"
  | "number"
  | "email"
  | "phone"
  | "url";
const TYPE: Record<FormField["type"], QuestionType> = {
  text: "text",
  textarea: "textarea",
  email: "email",
  tel: "phone",
  url: "url",
  number: "number",
  date: "date",
  month: "date",
  select: "select",
  multiselect: "select",
  combobox: "select",
  radio: "radio",
  checkbox: "checkbox",
  checkbox_group: "checkbox",
  file: "upload",
  contenteditable: "textarea",
};

/**
 * Records a plan on its application: one application_questions row per planned or flagged field,
 * the cover letter text, token totals (the sum of the application's model_usage rows), and, when
 * questions are flagged, the application paused for the person with the questions named.
 */
export async function recordPlan(
  db: Db,
  applicationId: string,
  effort: string,
  form: FormDescription,
  plan: FillPlan,
  coverLetter: { text: string; source: "llm" | "template" } | undefined,
): Promise<void> {
  const byRef = new Map(form.fields.map((f) => [f.ref, f]));
  const rows = [
    ...plan.fields.map((p) => ({ field: byRef.get(p.ref), planned: p, flag: undefined })),
    ...plan.flags.map((f) => ({ field: byRef.get(f.ref), planned: undefined, flag: f })),
  ].flatMap(({ field, planned, flag }) =>
    field
      ? [
          {
            applicationId,
            stepIndex: field.step,
            pageUrl: form.pageUrl,
            fieldType: TYPE[field.type],
            fieldLabelRaw: field.label,
            fieldLabelNormalized: planned?.fact ?? (flag ? "flagged" : null),
            fieldNameAttr: field.name ?? null,
            fieldIdAttr: field.id ?? null,
            placeholderText: field.placeholder ?? null,
            isRequired: field.required,
            valueFilled: planned
              ? (planned.values?.join("; ") ??
                planned.value ??
                (planned.checked === undefined ? null : String(planned.checked)))
              : null,
            valueSource: planned?.source ?? null,
            effortLevelAtTime: effort,
            confidenceScore: planned ? planned.confidence.toFixed(3) : null,
            validationErrorMessage: flag ? `flagged for the person: ${flag.reason}` : null,
          },
        ]
      : [],
  );
  await db.transaction(async (tx) => {
    if (rows.length > 0) await tx.insert(schema.applicationQuestions).values(rows);
    const totals = await tx.execute<{ tin: number; tout: number; cost: string }>(
      sql`select coalesce(sum(tokens_input), 0)::int as tin, coalesce(sum(tokens_output), 0)::int as tout,
                 coalesce(sum(cost_estimated), 0)::text as cost
            from model_usage where application_id = ${applicationId}`,
    );
    const t = totals.rows[0];
    await tx
      .update(schema.applications)
      .set({
        tokensInputTotal: t?.tin ?? 0,
        tokensOutputTotal: t?.tout ?? 0,
        costEstimatedTotal: t?.cost ?? "0",
        ...(coverLetter ? { coverLetterText: coverLetter.text, coverLetterGeneratedBy: coverLetter.source } : {}),
      })
      .where(eq(schema.applications.id, applicationId));
    if (plan.flags.length > 0) await pauseForPerson(tx, applicationId, plan);
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** The application waits for the person, with the flagged questions named. */
export async function pauseForPerson(db: Db | Tx, applicationId: string, plan: FillPlan): Promise<void> {
  await db.insert(schema.applicationEvents).values({
    applicationId,
    eventType: "questions_flagged",
    eventDetail: `${plan.flags.length} question(s) need the person`,
    payload: { flags: plan.flags },
  });
  await changeStatus(db, applicationId, "paused", {
    reason: `waiting for the person: ${plan.flags.map((f) => f.label).join("; ")}`.slice(0, 1000),
    failureCode: "needs_person",
  });
}
