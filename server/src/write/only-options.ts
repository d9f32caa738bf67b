import type { FormField } from "@nyx/shared";
import { hasChoices } from "./fill-value.ts";
import { realOptions } from "./option-evidence.ts";
import { matchOption, optionScore } from "./option-match.ts";
import type { Outcome } from "./plan-types.ts";

/**
 * The last word on choices: a value for a field with options must be one of its options' values
 * (matched by label when a handler produced text); a combobox may still get typed text, with less
 * confidence; a lone checkbox is ticked only when its label says the answer; anything else is no answer.
 */
export function onlyAmongOptions(field: FormField, outcome: Outcome): Outcome {
  if (outcome.kind !== "fill") return outcome;
  if (field.type === "checkbox" && outcome.checked === undefined && outcome.value !== undefined) {
    // A lone checkbox that is one option of a question ("She/her"): ticked when it says the answer.
    const says = optionScore({ value: "", label: field.label }, outcome.value) >= 0.75;
    return says
      ? { kind: "fill", checked: true, source: outcome.source, confidence: outcome.confidence }
      : { kind: "skip", reason: "other_option" };
  }
  if (!hasChoices(field)) return outcome;
  const real = realOptions(field.options);
  const known = new Set(real.map((o) => o.value));
  if (outcome.values !== undefined) {
    const values = outcome.values.filter((v) => known.has(v));
    return values.length > 0 ? { ...outcome, values } : { kind: "missing", reason: "no_matching_option" };
  }
  if (outcome.value === undefined || known.has(outcome.value)) return outcome;
  const hit = matchOption(field.options, [outcome.value]);
  if (hit) return { ...outcome, value: hit.option.value, confidence: Math.min(outcome.confidence, hit.score) };
  if (field.type === "combobox") return { ...outcome, confidence: Math.min(outcome.confidence, 0.5) };
  return { kind: "missing", reason: "no_matching_option" };
}
