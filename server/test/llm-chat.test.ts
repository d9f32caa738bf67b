import { randomUUID } from "node:crypto";
import type { Db } from "@nyx/db";
import { schema } from "@nyx/db";
import { createTestDatabase, DRIVERS, type TestDatabase } from "@nyx/db/testing";
import { AppError } from "@nyx/shared";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createLogger } from "../src/http/logging.ts";
import { GrokChat, type LlmError, type LlmSettings, OfflineChat } from "../src/llm/index.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";

const API_KEY = "xai-TEST-SECRET-0123456789abcdef";
const MODEL = "grok-4-1-fast-reasoning";
/** Retries with no waiting, and a short timeout for the "hang" tests. */
const FAST: Partial<LlmSettings> = {
  retries: 2,
  minBackoffMs: 0,
  maxBackoffMs: 0,
  randomizeBackoff: false,
  timeoutMs: 400,
};

async function seedApplication(db: Db): Promise<{ applicationId: string; sessionId: string }> {
  const [user] = await db
    .insert(schema.users)
    .values({ name: "Test Person", email: `llm-${randomUUID()}@example.com` })
    .returning({ id: schema.users.id });
  const userId = user?.id ?? "";
  const [job] = await db
    .insert(schema.jobPosts)
    .values({ sourceUrl: `https://jobs.example.com/${randomUUID()}`, jobTitle: "Engineer" })
    .returning({ id: schema.jobPosts.id });
  const [session] = await db
    .insert(schema.applicationSessions)
    .values({ userId })
    .returning({ id: schema.applicationSessions.id });
  const sessionId = session?.id ?? "";
  const [application] = await db
    .insert(schema.applications)
    .values({ userId, jobPostId: job?.id ?? "", sessionId, effortLevel: "medium" })
    .returning({ id: schema.applications.id });
  return { applicationId: application?.id ?? "", sessionId };
}

async function usageRows(db: Db, applicationId: string) {
  const u = schema.modelUsage;
  return db
    .select({
      provider: schema.modelProviders.name,
      model: u.modelName,
      callType: u.callType,
      status: u.status,
      purpose: u.purpose,
      tokensInput: u.tokensInput,
      tokensOutput: u.tokensOutput,
      cost: u.costEstimated,
      errorMessage: u.errorMessage,
      requestId: u.requestId,
      sessionId: u.sessionId,
      startedAt: u.startedAt,
      endedAt: u.endedAt,
    })
    .from(u)
    .leftJoin(schema.modelProviders, eq(schema.modelProviders.id, u.providerId))
    .where(eq(u.applicationId, applicationId))
    .orderBy(u.createdAt);
}

function failure(promise: Promise<unknown>): Promise<LlmError> {
  return promise.then(
    () => {
      throw new Error("expected the call to fail");
    },
    (error: unknown) => error as LlmError,
  );
}

const ask = (content: string) => [{ role: "user" as const, content }];

describe.each(DRIVERS)("Grok chat through the openai SDK on %s", (driver) => {
  let t: TestDatabase;
  let api: OpenAiStandIn;
  let chat: GrokChat;
  let logs: string[];
  let ids: { applicationId: string; sessionId: string };

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    api = await startOpenAiStandIn({ apiKey: API_KEY });
    logs = [];
    const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } });
    chat = new GrokChat({ db: t.database.db, apiKey: API_KEY, baseURL: api.url, model: MODEL, logger, settings: FAST });
  });
  afterAll(async () => {
    await api.close();
    await t.dispose();
  });
  beforeEach(async () => {
    api.reset();
    api.latencyMs = 0;
    ids = await seedApplication(t.database.db);
  });

  it("records one success row with tokens, the cost from pricing_json, the request id and the ids", async () => {
    api.answerChat({ content: "Dear team", usage: { prompt_tokens: 1000, completion_tokens: 200 } });
    const result = await chat.chat({ purpose: "cover_letter", ...ids, messages: ask("Write a cover letter") });
    expect(result).toMatchObject({
      value: "Dear team",
      source: "api",
      provider: "xAI",
      model: MODEL,
      tokensInput: 1000,
      tokensOutput: 200,
      attempts: 1,
      finishReason: "stop",
      requestId: expect.stringMatching(/^req_standin_/),
    });
    // USD per million tokens: 1000 × 0.20 + 200 × 0.50 = 300 → 0.0003.
    expect(result.costUsd).toBeCloseTo(0.0003, 10);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      provider: "xAI",
      model: MODEL,
      callType: "chat_completion",
      status: "success",
      purpose: "cover_letter",
      tokensInput: 1000,
      tokensOutput: 200,
      cost: "0.000300",
      errorMessage: null,
      requestId: result.requestId,
      sessionId: ids.sessionId,
    });
    expect(rows[0]?.endedAt?.getTime()).toBeGreaterThanOrEqual(rows[0]?.startedAt?.getTime() ?? Number.NaN);
    const sent = api.chatRequests()[0]?.body as { model: string; max_completion_tokens: number };
    expect(sent).toMatchObject({ model: MODEL, max_completion_tokens: 1024 });
    expect(api.chatRequests()[0]?.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });

  it("sums tokens and cost over the application's rows", async () => {
    api.answerChat(
      { content: "one", usage: { prompt_tokens: 120, completion_tokens: 30 } },
      { content: "two", usage: { prompt_tokens: 80, completion_tokens: 70 } },
    );
    const a = await chat.chat({ purpose: "form_answer", ...ids, messages: ask("q1") });
    const b = await chat.chat({ purpose: "form_answer", ...ids, messages: ask("q2") });
    const { rows } = await t.database.db.execute<{ tin: number; tout: number; cost: string }>(
      sql`select sum(tokens_input)::int as tin, sum(tokens_output)::int as tout, sum(cost_estimated)::text as cost
          from model_usage where application_id = ${ids.applicationId}`,
    );
    expect(rows[0]?.tin).toBe(a.tokensInput + b.tokensInput);
    expect(rows[0]?.tout).toBe(a.tokensOutput + b.tokensOutput);
    expect(Number(rows[0]?.cost)).toBeCloseTo((200 * 0.2 + 100 * 0.5) / 1e6, 10);
  });

  it("records a null cost for a model without a price", async () => {
    const other = new GrokChat({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: api.url,
      model: "grok-9",
      settings: FAST,
    });
    const result = await other.chat({ purpose: "qa_check", ...ids, messages: ask("check") });
    expect(result.costUsd).toBeNull();
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows[0]).toMatchObject({ model: "grok-9", cost: null, status: "success" });
  });

  it("asks for JSON with the schema and gives the validated value", async () => {
    const Score = z.object({ score: z.number().min(0).max(1), reasons: z.array(z.string()) });
    api.answerChat({ json: { score: 0.8, reasons: ["TypeScript"] } }, { json: { score: 0.3, reasons: [] } });
    const result = await chat.chat({ purpose: "match_score", ...ids, messages: ask("Score as JSON"), schema: Score });
    expect(result.value).toEqual({ score: 0.8, reasons: ["TypeScript"] });
    expect(api.chatRequests()[0]?.body).toMatchObject({
      response_format: {
        type: "json_schema",
        json_schema: { name: "answer", schema: { type: "object", required: ["score", "reasons"] } },
      },
    });

    const plain = await chat.chat({
      purpose: "match_score",
      ...ids,
      messages: ask("JSON"),
      schema: Score,
      jsonMode: "json_object",
    });
    expect(plain.value.score).toBe(0.3);
    expect(api.chatRequests()[1]?.body).toMatchObject({ response_format: { type: "json_object" } });
  });

  it("refuses an answer that is not valid for the schema, asking again only invalidAnswerRetries times", async () => {
    const Score = z.object({ score: z.number() });
    api.answerChat("this is not json at all", { json: { score: "very high" } }, { json: { score: 1 } });
    const error = await failure(chat.chat({ purpose: "match_score", ...ids, messages: ask("Score"), schema: Score }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "upstream_failed", kind: "invalid_answer", attempts: 2 });
    expect(error.message).toMatch(/does not match the schema: score/);
    expect(error.message).not.toContain("very high");
    expect(api.chatRequests()).toHaveLength(2);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows.map((r) => r.status)).toEqual(["failed", "failed"]);
    expect(rows[0]?.errorMessage).toMatch(/not JSON/);
    // The provider answered and billed: the tokens are on the rows.
    expect(rows.every((r) => (r.tokensInput ?? 0) > 0 && (r.tokensOutput ?? 0) > 0)).toBe(true);
  });

  it("retries 429 and 500, one model_usage row per request sent", async () => {
    api.failNext(1, 429);
    api.failNext(1, 500);
    const result = await chat.chat({ purpose: "form_answer", ...ids, messages: ask("Why us?") });
    expect(result).toMatchObject({ value: "stand-in answer", attempts: 3 });
    expect(api.chatRequests()).toHaveLength(3);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows.map((r) => r.status)).toEqual(["rate_limited", "failed", "success"]);
    expect(rows[0]).toMatchObject({
      tokensInput: 0,
      tokensOutput: 0,
      requestId: expect.stringMatching(/^req_standin_/),
    });
    expect(rows[0]?.errorMessage).toMatch(/refused with HTTP 429 rate_limit_exceeded/);
    expect(rows[1]?.errorMessage).toMatch(/refused with HTTP 500/);
    expect(new Set(rows.map((r) => r.requestId)).size).toBe(3);
  });

  it("gives up after the retries: rate_limited for 429, upstream_failed for 5xx", async () => {
    api.failNext(3, 429);
    const limited = await failure(chat.chat({ purpose: "form_answer", ...ids, messages: ask("q") }));
    expect(limited).toMatchObject({ code: "rate_limited", kind: "refused", httpStatus: 429, attempts: 3 });
    api.failNext(3, 503);
    const down = await failure(chat.chat({ purpose: "form_answer", ...ids, messages: ask("q") }));
    expect(down).toMatchObject({ code: "upstream_failed", kind: "refused", httpStatus: 503, attempts: 3 });
    expect(down.status).toBe(502);
    expect(api.chatRequests()).toHaveLength(6);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows.map((r) => r.status)).toEqual([...Array(3).fill("rate_limited"), ...Array(3).fill("failed")]);
  });

  it("does not retry a 400", async () => {
    api.failNext(1, 400);
    const error = await failure(chat.chat({ purpose: "cover_letter", ...ids, messages: ask("q") }));
    expect(error).toMatchObject({ code: "upstream_failed", kind: "refused", httpStatus: 400, retryable: false });
    expect(error.attempts).toBe(1);
    expect(api.chatRequests()).toHaveLength(1);
    expect((await usageRows(t.database.db, ids.applicationId)).map((r) => r.status)).toEqual(["failed"]);
  });

  it("records a timeout as status 'timeout' and retries it", async () => {
    api.failNext(1, "hang");
    const result = await chat.chat({ purpose: "cover_letter", ...ids, messages: ask("q") });
    expect(result.attempts).toBe(2);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows.map((r) => r.status)).toEqual(["timeout", "success"]);
    expect(rows[0]?.errorMessage).toMatch(/no answer within 400 ms/);

    const once = new GrokChat({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: api.url,
      model: MODEL,
      settings: { ...FAST, retries: 0, timeoutMs: 150 },
    });
    api.failNext(1, "hang");
    const error = await failure(once.chat({ purpose: "cover_letter", ...ids, messages: ask("q") }));
    expect(error).toMatchObject({ code: "upstream_failed", kind: "timeout", retryable: true, attempts: 1 });
  });

  it("keeps a network failure apart from a refusal", async () => {
    api.failNext(1, "drop");
    const result = await chat.chat({ purpose: "cover_letter", ...ids, messages: ask("q") });
    expect(result.attempts).toBe(2);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows[0]).toMatchObject({ status: "failed", errorMessage: expect.stringMatching(/network failed/) });

    const nowhere = new GrokChat({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: "http://127.0.0.1:9/v1",
      model: MODEL,
      settings: { ...FAST, retries: 1 },
    });
    const error = await failure(nowhere.chat({ purpose: "cover_letter", ...ids, messages: ask("q") }));
    expect(error).toMatchObject({ kind: "network", httpStatus: undefined, attempts: 2 });
    expect(error.message).toMatch(/^xAI chat\.completions: network failed/);
  });

  it("does not send a call over the token budget, and records that", async () => {
    const error = await failure(
      chat.chat({
        purpose: "cover_letter",
        ...ids,
        messages: ask("x".repeat(1000)),
        maxTokens: 50,
        budget: { maxTokens: 100 },
      }),
    );
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({
      code: "rate_limited",
      kind: "budget_exceeded",
      estimatedTokens: 300,
      remainingTokens: 100,
      attempts: 0,
    });
    expect(api.requests).toHaveLength(0);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ status: "failed", tokensInput: 0, tokensOutput: 0, provider: "xAI", model: MODEL });
    expect(rows[0]?.errorMessage).toMatch(/token budget exceeded \(estimated 300 tokens, 100 left\)/);
  });

  it("counts what the application has already spent against its budget (all purposes, or one)", async () => {
    api.answerChat({ content: "ok", usage: { prompt_tokens: 400, completion_tokens: 100 } });
    await chat.chat({ purpose: "match_score", ...ids, messages: ask("a"), maxTokens: 100 });
    // 500 spent; this one is estimated at 1 + 600 tokens.
    const request = { ...ids, messages: ask("b"), maxTokens: 600 };
    const error = await failure(chat.chat({ ...request, purpose: "cover_letter", budget: { maxTokens: 1000 } }));
    expect(error).toMatchObject({ kind: "budget_exceeded", remainingTokens: 500 });
    const perPurpose = await chat.chat({
      ...request,
      purpose: "cover_letter",
      budget: { maxTokens: 1000, per: "purpose" },
    });
    expect(perPurpose.value).toBe("stand-in answer");
    expect(api.chatRequests()).toHaveLength(2);
  });

  it("never puts the API key in errors, rows or logs", async () => {
    const wrongKey = "xai-WRONG-KEY-must-never-leak-42";
    const leaky = new GrokChat({
      db: t.database.db,
      apiKey: wrongKey,
      baseURL: api.url,
      model: MODEL,
      logger: createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } }),
      settings: FAST,
    });
    const error = await failure(leaky.chat({ purpose: "cover_letter", ...ids, messages: ask("q") }));
    // The stand-in, like the real API, quotes the key it got in its 401 message.
    expect(api.requests).toHaveLength(1);
    expect(error).toMatchObject({ kind: "refused", httpStatus: 401, providerCode: "invalid_api_key" });
    expect(error.message).toContain("Incorrect API key provided: [redacted]");
    api.failNext(1, 429);
    await chat.chat({ purpose: "cover_letter", ...ids, messages: ask("q") });
    const rows = await usageRows(t.database.db, ids.applicationId);
    const everything = [error.message, JSON.stringify(error), String(error.stack), JSON.stringify(rows), ...logs].join(
      "\n",
    );
    expect(logs.some((line) => line.includes("llm request failed"))).toBe(true);
    expect(everything).not.toContain(wrongKey);
    expect(everything).not.toContain(API_KEY);
  });

  it("stops when the caller cancels", async () => {
    api.latencyMs = 2000;
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(
      chat.chat({ purpose: "cover_letter", ...ids, messages: ask("q"), signal: controller.signal }),
    );
    expect(error).toMatchObject({ kind: "aborted", attempts: 1 });
    expect((await usageRows(t.database.db, ids.applicationId)).map((r) => r.status)).toEqual(["failed"]);

    // Cancelled before the first request: nothing is sent, the call still has its row.
    const before = api.requests.length;
    const early = await failure(
      chat.chat({ purpose: "cover_letter", ...ids, messages: ask("q"), signal: AbortSignal.abort() }),
    );
    expect(early).toMatchObject({ kind: "aborted", attempts: 0 });
    expect(api.requests).toHaveLength(before);
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows.map((r) => r.errorMessage)).toEqual([
      expect.stringMatching(/cancelled by the caller/),
      expect.stringMatching(/cancelled by the caller/),
    ]);
  });

  it("offline: every chat call is refused as unavailable and recorded for the Offline provider", async () => {
    const offline = new OfflineChat({ db: t.database.db });
    expect(offline.mode).toBe("offline");
    const error = await failure(offline.chat({ purpose: "cover_letter", ...ids, messages: ask("q") }));
    expect(error).toMatchObject({ code: "upstream_failed", kind: "unavailable", provider: "Offline" });
    const rows = await usageRows(t.database.db, ids.applicationId);
    expect(rows).toEqual([
      expect.objectContaining({ provider: "Offline", model: "offline-none", status: "failed", tokensInput: 0 }),
    ]);
    expect(api.requests).toHaveLength(0);
  });
});
