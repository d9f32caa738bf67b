import type { AdvanceResult, ApplyOutcome, StepResult } from "@nyx/shared";
import { waitForLoad } from "./worker-tabs.ts";

/** How a step that cannot go on ends the attempt. */
export function blockedOutcome(result: Extract<StepResult, { outcome: "filled" }>): ApplyOutcome {
  const failed = result.fields.filter((f) => !f.ok).map((f) => f.label);
  if (failed.length > 0)
    return {
      outcome: "failed",
      code: "fields_not_filled",
      detail: `could not fill: ${failed.join("; ")}`.slice(0, 2000),
    };
  if (result.errors.length > 0)
    return { outcome: "failed", code: "validation_errors", detail: result.errors.join("; ").slice(0, 2000) };
  return { outcome: "failed", code: "no_way_forward", detail: "no next or submit button on this step" };
}

/** What pressing submit led to. */
export async function submittedOutcome(tabId: number, sent: AdvanceResult): Promise<ApplyOutcome> {
  if (sent.outcome === "confirmed")
    return {
      outcome: "submitted",
      confirmation: "page_text",
      ...(sent.confirmation ? { text: sent.confirmation } : {}),
    };
  if (sent.outcome === "advanced") {
    // The page moved on after the click without a confirmation we could read.
    await waitForLoad(tabId).catch(() => undefined);
    return { outcome: "submitted", confirmation: "url_change" };
  }
  return {
    outcome: "failed",
    code: sent.outcome === "errors" ? "rejected_on_submit" : "no_confirmation",
    detail: `${describeAdvance(sent)} (submit was pressed once; check the application by hand)`,
  };
}

export function describeAdvance(result: AdvanceResult): string {
  return result.errors.length > 0
    ? result.errors.join("; ").slice(0, 1500)
    : `the page did not move on (${result.outcome})`;
}
