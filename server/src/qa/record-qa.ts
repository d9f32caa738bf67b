import { type Db, recordCorrection, schema } from "@nyx/db";
import type { FillPlan } from "@nyx/shared";
import { and, desc, eq } from "drizzle-orm";
import type { QaFinding, QaType } from "./checks.ts";

const TYPES: QaType[] = ["completeness_check", "consistency_check", "hallucination_check"];

/**
 * Writes one qa_checks row per kind of check and a qa_issues row per finding. A finding with a
 * truthful fix is applied to the plan and recorded as a correction of the recorded question
 * (corrected_by qa_agent); one without is removed from the plan and flagged for the person.
 */
export async function recordQa(
  db: Db,
  applicationId: string,
  plan: FillPlan,
  findings: readonly QaFinding[],
): Promise<FillPlan> {
  let fixed: FillPlan = plan;
  for (const type of TYPES) {
    const own = findings.filter((f) => f.type === type);
    const [check] = await db
      .insert(schema.qaChecks)
      .values({
        applicationId,
        qaType: type,
        completedAt: new Date(),
        status: own.length === 0 ? "passed" : "issues_found",
        issuesFoundCount: own.length,
      })
      .returning({ id: schema.qaChecks.id });
    for (const finding of own) {
      await db.insert(schema.qaIssues).values({
        qaCheckId: check?.id ?? "",
        applicationId,
        fieldLabel: finding.label,
        issueType: finding.issueType,
        description: finding.description,
        suggestedFix: finding.suggestedFix ?? null,
        fixApplied: finding.suggestedFix !== undefined,
        fixedValue: finding.suggestedFix ?? null,
      });
      fixed = await applyFix(db, applicationId, fixed, finding);
    }
  }
  return fixed;
}

async function applyFix(db: Db, applicationId: string, plan: FillPlan, finding: QaFinding): Promise<FillPlan> {
  if (finding.type === "completeness_check") {
    return {
      ...plan,
      flags: [
        ...plan.flags,
        { ref: finding.ref, label: finding.label, reason: "required, and no truthful answer was found" },
      ],
    };
  }
  const [question] = await db
    .select({ id: schema.applicationQuestions.id })
    .from(schema.applicationQuestions)
    .where(
      and(
        eq(schema.applicationQuestions.applicationId, applicationId),
        eq(schema.applicationQuestions.fieldLabelRaw, finding.label),
      ),
    )
    .orderBy(desc(schema.applicationQuestions.createdAt))
    .limit(1);
  const correct = async (field: string, value: string | null) => {
    if (question)
      await recordCorrection(db, {
        table: "application_questions",
        recordId: question.id,
        field,
        newValue: value,
        reason: finding.description,
        correctedBy: "qa_agent",
      });
  };
  if (finding.suggestedFix !== undefined) {
    await correct("corrected_value", finding.suggestedFix);
    await correct("corrected_by", "qa_agent");
    return {
      ...plan,
      fields: plan.fields.map((p) =>
        p.ref === finding.ref ? { ...p, value: finding.suggestedFix, source: "profile" } : p,
      ),
    };
  }
  // Nothing truthful to put instead: the text is withdrawn and the question goes to the person.
  await correct("validation_error_message", `QA: ${finding.description}`);
  return {
    ...plan,
    fields: plan.fields.filter((p) => p.ref !== finding.ref),
    flags: plan.flags.some((f) => f.ref === finding.ref)
      ? plan.flags
      : [...plan.flags, { ref: finding.ref, label: finding.label, reason: `QA: ${finding.description}` }],
  };
}
