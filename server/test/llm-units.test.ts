import type { Db } from "@nyx/db";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  cosineSimilarity,
  DEFAULT_LLM_SETTINGS,
  GrokChat,
  hashedBagOfWords,
  llmModes,
  OpenAiEmbeddings,
  resolveLlmSettings,
} from "../src/llm/index.ts";
import { costUsd, parsePricing } from "../src/llm/pricing.ts";
import { redactSecrets } from "../src/llm/redact.ts";
import { estimateTokens } from "../src/llm/token-budget.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";

describe("LLM settings", () => {
  it("fills in the defaults", () => {
    expect(resolveLlmSettings()).toEqual(DEFAULT_LLM_SETTINGS);
    expect(resolveLlmSettings({ retries: 0, minBackoffMs: 0, maxBackoffMs: 0 })).toMatchObject({ retries: 0 });
  });

  it.each([
    [{ retries: -1 }, /`retries` to be an integer from 0 to 20, got `-1`/],
    [{ retries: 1.5 }, /`retries`/],
    [{ minBackoffMs: Number.NaN }, /`minBackoffMs`/],
    [{ minBackoffMs: 5000, maxBackoffMs: 10 }, /`maxBackoffMs` to be a number from 5000/],
    [{ backoffFactor: 0.5 }, /`backoffFactor`/],
    [{ timeoutMs: 0 }, /`timeoutMs`/],
    [{ invalidAnswerRetries: 9 }, /`invalidAnswerRetries`/],
    [{ embeddingBatchSize: 5000 }, /`embeddingBatchSize`/],
    [{ randomizeBackoff: "yes" as unknown as boolean }, /`randomizeBackoff` to be a boolean/],
  ])("throws a TypeError at construction for %o", (settings, message) => {
    expect(() => resolveLlmSettings(settings)).toThrow(TypeError);
    expect(() => resolveLlmSettings(settings)).toThrow(message);
  });

  it("checks the clients' options when they are built, not at the first call", () => {
    const db = {} as Db;
    const ok = { db, apiKey: "xai-key-not-echoed", baseURL: "http://127.0.0.1:1/v1", model: "m" };
    expect(() => new GrokChat({ ...ok, apiKey: " " })).toThrow(/`apiKey`/);
    expect(() => new GrokChat({ ...ok, model: "" })).toThrow(/`model`/);
    expect(() => new OpenAiEmbeddings({ ...ok, baseURL: "ftp://example.com" })).toThrow(/`baseURL` to be an http/);
    expect(() => new OpenAiEmbeddings({ ...ok, settings: { timeoutMs: -5 } })).toThrow(TypeError);
    expect(() => new GrokChat({ ...ok, settings: { retries: 100 } })).not.toThrow(/xai-key-not-echoed/);
  });
});

describe("pricing, budgets, redaction, modes", () => {
  it("prices calls in USD per million tokens; unknown models and bad entries have no price", () => {
    const pricing = parsePricing({ "grok-4-1-fast-reasoning": { input: 0.2, output: 0.5 }, broken: { input: "x" } });
    expect(costUsd(pricing, "grok-4-1-fast-reasoning", 1_000_000, 2_000_000)).toBeCloseTo(1.2, 10);
    expect(costUsd(pricing, "broken", 10, 10)).toBeNull();
    expect(costUsd(pricing, "other", 10, 10)).toBeNull();
    expect(costUsd(parsePricing(null), "x", 1, 1)).toBeNull();
  });

  it("estimates a call at prompt characters / 4 plus the output allowed", () => {
    expect(estimateTokens(1000, 50)).toBe(300);
    expect(estimateTokens(1, 0)).toBe(1);
  });

  it("redacts the key, key-shaped words and bearer tokens", () => {
    const text = "Incorrect API key provided: my-secret-key. Also sk-proj-abcdef123456 and Bearer abc.def";
    const out = redactSecrets(text, ["my-secret-key"]);
    expect(out).not.toMatch(/my-secret-key|sk-proj|abc\.def/);
    expect(redactSecrets("x".repeat(1000), [])).toHaveLength(300);
  });

  it("says which capabilities are online", () => {
    expect(llmModes({ GROK_API_KEY: undefined, OPENAI_API_KEY: "k" })).toEqual({
      chat: "offline",
      embeddings: "online",
    });
  });
});

describe("offline embedding vectors", () => {
  it("are deterministic, normalised, and ignore case, accents and stop words", () => {
    const a = hashedBagOfWords("Développeur TypeScript à Zürich");
    expect(a).toHaveLength(256);
    expect(a).toEqual(hashedBagOfWords("Développeur TypeScript à Zürich"));
    expect(cosineSimilarity(a, hashedBagOfWords("developpeur typescript a zurich"))).toBeCloseTo(1, 10);
    expect(cosineSimilarity(hashedBagOfWords("the and of"), a)).toBe(0);
    expect(Math.hypot(...a)).toBeCloseTo(1, 10);
  });

  it("rank a related posting above an unrelated one", () => {
    const profile = hashedBagOfWords("Backend engineer: Go, Kubernetes, PostgreSQL, distributed systems");
    const related = hashedBagOfWords("We hire a backend engineer for distributed systems in Go on Kubernetes");
    const unrelated = hashedBagOfWords("Kindergarten teacher, part time, Vienna, German required");
    expect(cosineSimilarity(profile, related)).toBeGreaterThan(cosineSimilarity(profile, unrelated) + 0.2);
  });
});

describe("the OpenAI stand-in through the real SDK", () => {
  let api: OpenAiStandIn;
  beforeAll(async () => {
    api = await startOpenAiStandIn({ latencyMs: 5 });
  });
  afterAll(() => api.close());

  it("answers embeddings in the SDK's default base64 encoding and in floats", async () => {
    const client = new OpenAI({ apiKey: "k", baseURL: api.url, maxRetries: 0, logLevel: "off" });
    const base64 = await client.embeddings.create({ model: "m", input: ["hello world"], dimensions: 8 });
    const floats = await client.embeddings.create({
      model: "m",
      input: "hello world",
      dimensions: 8,
      encoding_format: "float",
    });
    expect(base64.data[0]?.embedding).toHaveLength(8);
    expect(base64.data[0]?.embedding.map((x) => Math.fround(x))).toEqual(floats.data[0]?.embedding.map(Math.fround));
    expect(api.embeddingRequests()).toHaveLength(2);
  });

  it("answers chat with an id, usage and x-request-id, scripted or by function", async () => {
    const client = new OpenAI({ apiKey: "k", baseURL: api.url, maxRetries: 0, logLevel: "off" });
    api.onChat((body) => ({ content: `echo ${String(body.messages?.at(-1)?.content)}` }));
    const { data, request_id } = await client.chat.completions
      .create({ model: "m", messages: [{ role: "user", content: "hi" }] })
      .withResponse();
    expect(data.choices[0]?.message.content).toBe("echo hi");
    expect(data.id).toMatch(/^chatcmpl-standin-/);
    expect(data.usage).toMatchObject({ prompt_tokens: 1, completion_tokens: 2 });
    expect(request_id).toMatch(/^req_standin_/);
  });
});
