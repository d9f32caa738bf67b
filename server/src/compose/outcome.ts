import type { LlmFailureKind } from "../llm/index.ts";
import type { FreeTextKind, FreeTextResult } from "../write/index.ts";
import type { FreeTextProblem } from "./validate-free-text.ts";

/** Why the offline writer's text was used instead of the model's. */
export type FallbackReason =
  /** Chat is offline (no API key): the model was not asked. */
  | "offline"
  /** The call failed (refused, network, timeout, budget exceeded, invalid JSON…): see `llmFailure`. */
  | "llm_failed"
  /** The model answered twice and neither answer passed validation: see `problems`. */
  | "rejected";

/** What happened while writing one text, for the caller's QA issue and the application's record. */
export interface ComposeOutcome {
  kind: FreeTextKind;
  source: FreeTextResult["source"];
  fallback?: FallbackReason;
  /** The LLM error kind when the call failed ("unknown" for an error from outside the LLM layer). */
  llmFailure?: LlmFailureKind | "unknown";
  /** Answers asked of the model (0 when it was not asked). */
  attempts: number;
  /** Problems of the last rejected model answer. */
  problems: FreeTextProblem[];
  /** Problems of the offline writer's text; when there are any, the text is left empty. */
  templateProblems: FreeTextProblem[];
  /** Sentences of the posting that addressed an AI reader and were not shown to the model. */
  instructionsRemoved: number;
  /** Invisible characters and letter-spaced runs taken out of the posting. */
  invisibleRemoved: number;
}

export interface ComposedText extends FreeTextResult {
  outcome: ComposeOutcome;
}
