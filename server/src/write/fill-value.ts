import type { FieldOption, FormField } from "@nyx/shared";
import { dictionaryFor } from "./dictionaries/index.ts";
import { realOptions } from "./option-evidence.ts";
import { matchOption } from "./option-match.ts";
import { isNegated, polarity } from "./option-meaning.ts";
import type { Outcome } from "./plan-types.ts";

/** Turning a wanted answer into what the field takes: typed text, an option's value, a tick. */

const CHOICE: ReadonlySet<string> = new Set(["select", "radio", "combobox", "multiselect", "checkbox_group"]);

export function hasChoices(field: FormField): boolean {
  return CHOICE.has(field.type) && realOptions(field.options).length > 0;
}

export function fill(value: string, confidence = 0.95): Outcome {
  return { kind: "fill", value, source: "profile", confidence };
}

export function pickOption(field: FormField, option: FieldOption, confidence: number): Outcome {
  if (field.type === "multiselect" || field.type === "checkbox_group")
    return { kind: "fill", values: [option.value], source: "profile", confidence };
  return { kind: "fill", value: option.value, source: "profile", confidence };
}

/** Types `text`, or picks the option that says it (in any of its phrasings). A combobox without a match gets the text typed. */
export function answerText(field: FormField, phrasings: readonly string[], reason = "no_matching_option"): Outcome {
  const [first] = phrasings;
  if (first === undefined) return { kind: "missing", reason: "not_in_profile" };
  if (!hasChoices(field)) return fill(first);
  const hit = matchOption(field.options, phrasings);
  if (hit) return pickOption(field, hit.option, hit.score);
  if (field.type === "combobox") return fill(first, 0.5);
  return { kind: "missing", reason };
}

/** The option that means yes (or no): by its first word in any language, else the one negated of two. */
export function yesNoOption(options: readonly FieldOption[] | undefined, yes: boolean): FieldOption | undefined {
  const real = realOptions(options);
  const want = yes ? "yes" : "no";
  const byWord = real.filter((o) => (polarity(o.label) ?? polarity(o.value)) === want);
  if (byWord.length === 1) return byWord[0];
  if (real.length === 2) {
    const negated = real.filter((o) => isNegated(o.label));
    if (negated.length === 1) return yes ? real.find((o) => !isNegated(o.label)) : negated[0];
  }
  return undefined;
}

/** Answers a yes/no question in whatever shape the field has. */
export function answerYesNo(field: FormField, yes: boolean, lang: string, confidence = 0.95): Outcome {
  if (field.type === "checkbox") return { kind: "fill", checked: yes, source: "profile", confidence };
  const real = realOptions(field.options);
  if (CHOICE.has(field.type) && real.length === 1) {
    // A single option to tick ("I have read the privacy notice") means yes.
    const [only] = real;
    if (!only) return { kind: "missing", reason: "no_matching_option" };
    return yes ? pickOption(field, only, confidence) : { kind: "skip", reason: "answer_is_no" };
  }
  if (hasChoices(field)) {
    const option = yesNoOption(field.options, yes);
    return option ? pickOption(field, option, confidence) : { kind: "missing", reason: "no_matching_option" };
  }
  const words = dictionaryFor(lang).render;
  return fill(yes ? words.yes : words.no, confidence);
}
