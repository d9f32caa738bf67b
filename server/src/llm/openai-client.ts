import type OpenAI from "openai";

/**
 * An openai SDK client for one provider, configured only from what is passed in: no retries of its
 * own (runCall retries and records each attempt), no SDK logging, no organisation/project headers.
 * The SDK is loaded with the first call, so a server that never calls a provider never loads it.
 */
export function lazyOpenAiClient(options: {
  apiKey: string;
  baseURL: string;
  timeoutMs: number;
}): () => Promise<OpenAI> {
  let client: Promise<OpenAI> | undefined;
  return () => (client ??= import("openai").then(({ default: SDK }) => sdkClient(SDK, options)));
}

function sdkClient(SDK: typeof OpenAI, options: { apiKey: string; baseURL: string; timeoutMs: number }): OpenAI {
  return new SDK({
    apiKey: options.apiKey,
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: 0,
    adminAPIKey: null,
    organization: null,
    project: null,
    webhookSecret: null,
    logLevel: "off",
  });
}

/** Throws a TypeError for a missing key or model, or a base URL that is not http(s); never echoes the key. */
export function checkClientOptions(options: { apiKey: unknown; baseURL: unknown; model: unknown }): void {
  if (typeof options.apiKey !== "string" || options.apiKey.trim() === "") {
    throw new TypeError("Expected `apiKey` to be a non-empty string");
  }
  if (typeof options.model !== "string" || options.model.trim() === "") {
    throw new TypeError("Expected `model` to be a non-empty string");
  }
  if (
    typeof options.baseURL !== "string" ||
    !URL.canParse(options.baseURL) ||
    !/^https?:$/.test(new URL(options.baseURL).protocol)
  ) {
    throw new TypeError(`Expected \`baseURL\` to be an http(s) URL, got \`${String(options.baseURL)}\``);
  }
}
