import { AppError } from "@nyx/shared";

export type ProviderName = "xAI" | "OpenAI" | "Offline";
export type LlmOperation = "chat.completions" | "embeddings";

/**
 * Why a call gave no usable answer:
 * - `refused`: the provider answered with an HTTP error (`status`, `providerCode`);
 * - `network`: no answer at all (connection refused or reset, DNS);
 * - `timeout`: no answer within the timeout;
 * - `aborted`: the caller cancelled;
 * - `invalid_answer`: an answer that is not JSON or does not match the caller's schema;
 * - `budget_exceeded`: not sent, the token budget would be exceeded;
 * - `unavailable`: the capability is offline (no API key).
 */
export type LlmFailureKind =
  | "refused"
  | "network"
  | "timeout"
  | "aborted"
  | "invalid_answer"
  | "budget_exceeded"
  | "unavailable";

export interface LlmErrorDetails {
  kind: LlmFailureKind;
  provider: ProviderName;
  operation: LlmOperation;
  model: string;
  /** HTTP status of a refusal. */
  status?: number | undefined;
  /** The provider's error code or type of a refusal, e.g. `rate_limit_exceeded`. */
  providerCode?: string | undefined;
  /** The provider's request id (x-request-id), when it answered. */
  requestId?: string | undefined;
  /** Whether trying again may help (429, 5xx, timeouts, network, an invalid answer). */
  retryable: boolean;
  /** For budget_exceeded: the estimate and what was left. */
  estimatedTokens?: number | undefined;
  remainingTokens?: number | undefined;
}

/**
 * The one error of the LLM layer: an AppError (`rate_limited` for 429 and an exceeded budget,
 * `upstream_failed` otherwise) that says what was called and how it failed. Its message never holds
 * an API key or prompt text; the provider's own error object is not kept as `cause` for that reason.
 */
export class LlmError extends AppError {
  readonly kind: LlmFailureKind;
  readonly provider: ProviderName;
  readonly operation: LlmOperation;
  readonly model: string;
  readonly httpStatus: number | undefined;
  readonly providerCode: string | undefined;
  readonly requestId: string | undefined;
  readonly retryable: boolean;
  readonly estimatedTokens: number | undefined;
  readonly remainingTokens: number | undefined;
  /** Attempts made for the call this error ended (0 when nothing was sent). */
  attempts = 0;

  constructor(details: LlmErrorDetails, message: string) {
    const rateLimited = details.status === 429 || details.kind === "budget_exceeded";
    super(rateLimited ? "rate_limited" : "upstream_failed", `${details.provider} ${details.operation}: ${message}`);
    this.kind = details.kind;
    this.provider = details.provider;
    this.operation = details.operation;
    this.model = details.model;
    this.httpStatus = details.status;
    this.providerCode = details.providerCode;
    this.requestId = details.requestId;
    this.retryable = details.retryable;
    this.estimatedTokens = details.estimatedTokens;
    this.remainingTokens = details.remainingTokens;
  }
}

export function isLlmError(error: unknown): error is LlmError {
  return error instanceof LlmError;
}
