import type { Decision, Settings } from "@nyx/shared";

export interface DecisionInput {
  score: number;
  companyTier: "top" | "normal" | "avoid";
  /** The job's domain is marked avoid_if_possible in domain_policies. */
  domainAvoided: boolean;
}

export interface DecisionResult {
  decision: Decision;
  reason: string;
  /** failure_reason_code for a skip. */
  code?: "avoid_company" | "avoid_domain" | "low_match";
}

/** > apply threshold: apply; between the thresholds: the review queue; below: skip (PRODUCT.md §4.4). */
export function decide(input: DecisionInput, settings: Settings): DecisionResult {
  if (input.companyTier === "avoid") return { decision: "skip", reason: "avoid-tier company", code: "avoid_company" };
  if (input.domainAvoided) return { decision: "skip", reason: "domain marked avoid if possible", code: "avoid_domain" };
  const pct = `${Math.round(input.score * 100)} %`;
  if (input.score > settings.thresholds.apply) return { decision: "apply", reason: `match ${pct}` };
  if (input.score >= settings.thresholds.review)
    return { decision: "review", reason: `match ${pct}: for the person to review` };
  return {
    decision: "skip",
    reason: `match ${pct} is below ${Math.round(settings.thresholds.review * 100)} %`,
    code: "low_match",
  };
}
