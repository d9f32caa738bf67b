/** What a call is for; recorded as `model_usage.purpose`, and the key of per-purpose token budgets. */
export type LlmPurpose =
  | "match_score"
  | "match_explanation"
  | "cover_letter"
  | "form_answer"
  | "qa_check"
  | "profile_parse"
  | "job_embedding"
  | "profile_embedding";

/** The most tokens (input + output) a piece of work may spend, counted from its model_usage rows. */
export interface TokenBudget {
  maxTokens: number;
  /**
   * What counts as already spent: every recorded call of the application (default) or only its calls
   * with this call's purpose. Without an application id only this call itself is bounded.
   */
  per?: "application" | "purpose";
}

/** Who a call works for; every field lands on the call's model_usage row. */
export interface CallContext {
  purpose: LlmPurpose;
  applicationId?: string | undefined;
  sessionId?: string | undefined;
  budget?: TokenBudget | undefined;
  /** Cancels the call (and its retries); a cancelled attempt is recorded as failed. */
  signal?: AbortSignal | undefined;
}

/** Where a result came from: the provider's API, the embedding cache, or the deterministic offline code. */
export type ResultSource = "api" | "cache" | "offline";

/** Whether a capability talks to a real model ("online") or runs the deterministic fallback ("offline"). */
export type LlmMode = "online" | "offline";
