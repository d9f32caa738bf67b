// The SDK's error classes alone: the SDK itself is loaded only when a provider is called.
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai/error";
import { LlmError, type LlmOperation, type ProviderName } from "./llm-error.ts";
import { redactSecrets } from "./redact.ts";

export interface FailureSource {
  provider: ProviderName;
  operation: LlmOperation;
  model: string;
  timeoutMs: number;
  /** Secrets to scrub from anything the provider said (the API key). */
  secrets: readonly string[];
}

/**
 * Turns what the openai SDK threw into an LlmError: a refusal (HTTP status, provider code) apart from a
 * network failure, a timeout or a cancellation. 429, 5xx, timeouts and network failures are retryable;
 * other 4xx are not. The SDK error itself is dropped: its message may echo what the provider said.
 */
export function classifyFailure(error: unknown, source: FailureSource): LlmError {
  if (error instanceof LlmError) return error;
  const base = { provider: source.provider, operation: source.operation, model: source.model };
  if (error instanceof APIConnectionTimeoutError) {
    return new LlmError({ ...base, kind: "timeout", retryable: true }, `no answer within ${source.timeoutMs} ms`);
  }
  if (error instanceof APIUserAbortError) {
    return new LlmError({ ...base, kind: "aborted", retryable: false }, "cancelled by the caller");
  }
  if (error instanceof APIConnectionError) {
    const code = networkCode(error);
    return new LlmError({ ...base, kind: "network", retryable: true }, `network failed${code ? ` (${code})` : ""}`);
  }
  if (error instanceof APIError && typeof error.status === "number") {
    const status = error.status;
    const providerCode = textOf(error.code) ?? textOf(error.type);
    const said = providerMessage(error.error);
    const requestId = textOf(error.requestID);
    const retryable = status === 429 || status >= 500;
    const message = [
      `refused with HTTP ${status}`,
      providerCode ? ` ${providerCode}` : "",
      said ? `: ${redactSecrets(said, source.secrets)}` : "",
    ].join("");
    return new LlmError({ ...base, kind: "refused", status, providerCode, requestId, retryable }, message);
  }
  const name = error instanceof Error ? error.name : typeof error;
  return new LlmError({ ...base, kind: "network", retryable: false }, `failed unexpectedly (${name})`);
}

function providerMessage(body: unknown): string | undefined {
  if (typeof body === "string") return body;
  if (body && typeof body === "object" && "message" in body) return textOf(body.message);
  return undefined;
}

function textOf(value: unknown): string | undefined {
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/** The system error code (ECONNREFUSED, ECONNRESET, ENOTFOUND…) somewhere down the cause chain. */
function networkCode(error: Error): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as Error & { code?: unknown }).code;
    if (typeof code === "string" && /^[A-Z_]+$/.test(code)) return code;
    current = current.cause;
  }
  return undefined;
}
