import type { FormField, Profile } from "@nyx/shared";
import type { Fact } from "../facts.ts";
import { answerText, answerYesNo, hasChoices } from "../fill-value.ts";
import { polarity } from "../option-meaning.ts";
import type { AnswerEnv, Outcome } from "../plan-types.ts";
import { type Handler, type Handlers, missing } from "./handler.ts";

/**
 * Questions the profile answers in `answers` (how did you hear, EEO, …). Choices only among the
 * field's own options; a wording that differs ("I am not a veteran") is matched by meaning, and
 * when no option means the same the field is flagged (required) or left alone (optional).
 */

/** Each fact and the `answers` keys that may hold it. */
const KEYS: readonly (readonly [Fact, readonly string[]])[] = [
  ["how_did_you_hear", ["how_did_you_hear", "source", "heard_about"]],
  ["referral", ["referral", "referred_by"]],
  ["salutation", ["salutation"]],
  ["gender", ["gender"]],
  ["race", ["race", "ethnicity"]],
  ["veteran", ["veteran"]],
  ["disability", ["disability"]],
  ["pronouns", ["pronouns"]],
  ["previously_employed_here", ["previously_employed_here"]],
  ["over_18", ["over_18"]],
  ["background_check_consent", ["background_check_consent"]],
];

const VOLUNTARY: ReadonlySet<Fact> = new Set(["gender", "race", "veteran", "disability", "pronouns", "salutation"]);

export function readyAnswer(p: Profile, fact: Fact): string | undefined {
  const keys = KEYS.find(([f]) => f === fact)?.[1] ?? [];
  for (const key of keys) {
    const value = p.answers[key];
    if (value !== undefined && value.trim() !== "") return value;
  }
  return undefined;
}

function fromAnswers(fact: Fact): Handler {
  return (field: FormField, _rec, env: AnswerEnv): Outcome => {
    const answer = readyAnswer(env.profile, fact);
    if (answer === undefined) return missing("not_in_profile");
    // Voluntary questions whose options show only when opened: their wording is unknown, so an
    // answer typed to pick by could land on the wrong one; absent is always right for optional ones.
    if (VOLUNTARY.has(fact) && field.type === "combobox" && !hasChoices(field) && !field.required)
      return { kind: "skip", reason: "options_not_shown" };
    const yes = polarity(answer);
    if (yes !== undefined && answer.trim().split(/\s+/).length === 1)
      return answerYesNo(field, yes === "yes", env.language);
    return answerText(field, [answer], "no_option_means_the_same");
  };
}

export const readyAnswerHandlers: Handlers = Object.fromEntries(KEYS.map(([fact]) => [fact, fromAnswers(fact)]));
