/**
 * How hard an LLM client tries: retries with capped exponential backoff, the per-attempt timeout,
 * and a few sizes. Checked once, when the client is built (a bad value is a TypeError there, never
 * a surprise mid-run); tests set the backoff to 0 ms.
 */
export interface LlmSettings {
  /** Further attempts after the first, on 429, 5xx, timeouts and network failures. */
  retries: number;
  /** Delay before the first retry; each later one is `backoffFactor` times longer, up to `maxBackoffMs`. */
  minBackoffMs: number;
  maxBackoffMs: number;
  backoffFactor: number;
  /** Multiply each delay by a random factor in 1..2, so several tabs do not retry in step. */
  randomizeBackoff: boolean;
  /** Longest wait for one answer; past it the attempt counts as a timeout. */
  timeoutMs: number;
  /** How often a chat answer that is not valid JSON for the schema is asked for again (each ask is a retry). */
  invalidAnswerRetries: number;
  /** Output tokens allowed when a chat request names none. */
  defaultMaxTokens: number;
  /** Texts per embeddings request. */
  embeddingBatchSize: number;
}

export const DEFAULT_LLM_SETTINGS: LlmSettings = {
  retries: 4,
  minBackoffMs: 1000,
  maxBackoffMs: 30_000,
  backoffFactor: 2,
  randomizeBackoff: true,
  timeoutMs: 60_000,
  invalidAnswerRetries: 1,
  defaultMaxTokens: 1024,
  embeddingBatchSize: 128,
};

/** The defaults with `overrides` applied, every value checked; throws a TypeError naming the bad option. */
export function resolveLlmSettings(overrides: Partial<LlmSettings> = {}): LlmSettings {
  const s: LlmSettings = { ...DEFAULT_LLM_SETTINGS };
  for (const [key, value] of Object.entries(overrides)) {
    if (value !== undefined && key in s) Object.assign(s, { [key]: value });
  }
  integerIn("retries", s.retries, 0, 20);
  numberIn("minBackoffMs", s.minBackoffMs, 0, 600_000);
  numberIn("maxBackoffMs", s.maxBackoffMs, s.minBackoffMs, 600_000);
  numberIn("backoffFactor", s.backoffFactor, 1, 10);
  if (typeof s.randomizeBackoff !== "boolean") {
    throw new TypeError(`Expected \`randomizeBackoff\` to be a boolean, got \`${String(s.randomizeBackoff)}\``);
  }
  integerIn("timeoutMs", s.timeoutMs, 1, 3_600_000);
  integerIn("invalidAnswerRetries", s.invalidAnswerRetries, 0, 5);
  integerIn("defaultMaxTokens", s.defaultMaxTokens, 1, 1_000_000);
  integerIn("embeddingBatchSize", s.embeddingBatchSize, 1, 2048);
  return s;
}

function numberIn(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) {
    throw new TypeError(`Expected \`${name}\` to be a number from ${min} to ${max}, got \`${String(value)}\``);
  }
}

function integerIn(name: string, value: unknown, min: number, max: number): void {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    throw new TypeError(`Expected \`${name}\` to be an integer from ${min} to ${max}, got \`${String(value)}\``);
  }
}
