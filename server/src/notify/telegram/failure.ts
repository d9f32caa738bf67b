import { GrammyError, HttpError } from "grammy";

/**
 * What went wrong with one Bot API call, in words safe for a log line: the method and the API's
 * description when the API refused, the socket error code when the network failed. Never the
 * payload (the person's text) and never the request URL (it carries the bot token).
 */
export type CallFailure =
  | { kind: "refused"; method: string; errorCode: number; description: string; retryAfterSeconds?: number }
  | { kind: "network"; method: string; reason: string }
  | { kind: "other"; reason: string };

export function describeFailure(error: unknown): CallFailure {
  if (error instanceof GrammyError) {
    const retryAfter = error.parameters.retry_after;
    return {
      kind: "refused",
      method: error.method,
      errorCode: error.error_code,
      description: error.description.slice(0, 200),
      ...(typeof retryAfter === "number" ? { retryAfterSeconds: retryAfter } : {}),
    };
  }
  if (error instanceof HttpError) {
    return { kind: "network", method: methodOf(error.message), reason: networkReason(error.error) };
  }
  return { kind: "other", reason: error instanceof Error ? error.name : typeof error };
}

/** Whether a call is worth repeating: the network failed, the API was busy (429) or broken (5xx). */
export function isTransient(failure: CallFailure): boolean {
  if (failure.kind === "network") return true;
  return failure.kind === "refused" && (failure.errorCode === 429 || failure.errorCode >= 500);
}

/** "Network request for 'sendMessage' failed!" → "sendMessage". */
function methodOf(message: string): string {
  return /'([A-Za-z]+)'/.exec(message)?.[1] ?? "unknown";
}

/** ECONNREFUSED, ETIMEDOUT, AbortError, …: the inner error's message is never used (it names the URL). */
function networkReason(inner: unknown): string {
  if (typeof inner !== "object" || inner === null) return typeof inner;
  const code = "code" in inner ? inner.code : undefined;
  if (typeof code === "string" && /^[A-Z][A-Z0-9_]*$/.test(code)) return code;
  const type = "type" in inner ? inner.type : undefined;
  if (typeof type === "string" && /^[a-z-]+$/.test(type)) return type;
  return inner instanceof Error ? inner.name : "unknown";
}
