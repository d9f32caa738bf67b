import type { EffortLevel, Settings } from "@nyx/shared";

export interface EffortInput {
  score: number;
  companyTier: "top" | "normal" | "avoid";
  country: string | null;
  quickApply: boolean;
  /** The person's choice for this job, which wins. */
  override?: EffortLevel | undefined;
}

export interface EffortPlan {
  level: EffortLevel;
  source: "user" | "auto";
  coverLetter: boolean;
  qaReview: boolean;
  tokenBudget: number;
  reason: string;
}

/**
 * The owner's matrix (PRODUCT.md §4.5): high when the match is under 0.60 at a top-tier company or in
 * a premium location; low above 0.75 or for a quick apply; medium otherwise. Low becomes medium at a
 * top-tier company. The person's override wins.
 */
export function planEffort(input: EffortInput, settings: Settings): EffortPlan {
  const premium =
    input.country !== null && settings.premiumCountries.some((c) => c.toLowerCase() === input.country?.toLowerCase());
  const top = input.companyTier === "top";
  let level: EffortLevel;
  let reason: string;
  if (input.override) {
    level = input.override;
    reason = "set by the person";
  } else if (input.score > 0.75 || input.quickApply) {
    level = top ? "medium" : "low";
    reason = `${input.quickApply ? "quick apply" : "strong match"}${top ? ", raised to medium for a top-tier company" : ""}`;
  } else if (input.score < 0.6 && (top || premium)) {
    level = "high";
    reason = `match under 60 % at ${top ? "a top-tier company" : `a premium location (${input.country})`}`;
  } else {
    level = "medium";
    reason = "standard";
  }
  return {
    level,
    source: input.override ? "user" : "auto",
    coverLetter: level !== "low",
    qaReview: level === "high",
    tokenBudget: settings.tokenBudgets[level],
    reason,
  };
}
