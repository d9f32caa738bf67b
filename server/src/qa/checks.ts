import type { ExtractedPosting, FillPlan, FormDescription, Profile } from "@nyx/shared";
import { validateFreeText } from "../compose/index.ts";

export type QaType = "completeness_check" | "consistency_check" | "hallucination_check";

export interface QaFinding {
  type: QaType;
  ref: string;
  label: string;
  issueType: string;
  description: string;
  /** The value to put instead, when there is a truthful one. */
  suggestedFix?: string | undefined;
}

/**
 * The high-effort review of a plan before anything is typed (PRODUCT.md §4.7): every required
 * field answered or flagged; deterministic answers equal to the profile's facts; free text free
 * of invented facts, false skills, links and foreign numbers.
 */
export function reviewPlan(
  form: FormDescription,
  plan: FillPlan,
  profile: Profile,
  posting: ExtractedPosting,
): QaFinding[] {
  const findings: QaFinding[] = [];
  const planned = new Map(plan.fields.map((p) => [p.ref, p]));
  const flagged = new Set(plan.flags.map((f) => f.ref));
  for (const field of form.fields) {
    if (field.required && !planned.has(field.ref) && !flagged.has(field.ref)) {
      findings.push({
        type: "completeness_check",
        ref: field.ref,
        label: field.label,
        issueType: "required_field_unanswered",
        description: "a required field has neither an answer nor a flag",
      });
    }
  }
  for (const p of plan.fields) {
    const label = form.fields.find((f) => f.ref === p.ref)?.label ?? p.ref;
    const value = p.value ?? "";
    if (p.fact === "years_experience" && value !== "" && Number(value) !== profile.years_experience) {
      findings.push({
        type: "consistency_check",
        ref: p.ref,
        label,
        issueType: "years_experience_incorrect",
        description: `years of experience differ from the profile (${profile.years_experience})`,
        suggestedFix: String(profile.years_experience),
      });
    }
    if (p.fact === "email" && value !== "" && value.toLowerCase() !== profile.email.toLowerCase()) {
      findings.push({
        type: "consistency_check",
        ref: p.ref,
        label,
        issueType: "email_mismatch",
        description: "not the profile's e-mail",
        suggestedFix: profile.email,
      });
    }
    if (p.source === "llm" || p.source === "template") {
      for (const problem of validateFreeText(value, { profile, posting })) {
        findings.push({
          type: "hallucination_check",
          ref: p.ref,
          label,
          issueType:
            problem.code === "skill"
              ? "false_skill"
              : problem.code === "salary"
                ? "salary_conflict"
                : `free_text_${problem.code}`,
          description: problem.message,
        });
      }
    }
  }
  return findings;
}
