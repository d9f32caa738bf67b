import type { Db } from "@nyx/db";
import { schema } from "@nyx/db";
import { createTestDatabase, DRIVERS, type TestDatabase } from "@nyx/db/testing";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parseEnv } from "../src/env.ts";
import {
  contentHash,
  cosineSimilarity,
  createLlm,
  GrokChat,
  type LlmError,
  type LlmPurpose,
  type LlmSettings,
  OfflineChat,
  OfflineEmbeddings,
  OpenAiEmbeddings,
} from "../src/llm/index.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";
import { createTestApp } from "./support.ts";

const API_KEY = "sk-TEST-openai-secret-abcdef0123";
const MODEL = "text-embedding-3-small";
const FAST: Partial<LlmSettings> = {
  retries: 2,
  minBackoffMs: 0,
  maxBackoffMs: 0,
  randomizeBackoff: false,
  timeoutMs: 400,
};

const JOB = "Senior TypeScript developer: Node.js, PostgreSQL and React, remote within Europe.";
const PROFILE = "TypeScript developer with eight years of Node.js, React and PostgreSQL, looking for remote work.";
const OTHER = "Pastry chef for a bakery in Lyon: croissants, bread and cakes, early morning shifts.";

/** Rows of one purpose, newest last (each test uses its own purpose or counts before and after). */
async function rowsOf(db: Db, purpose: LlmPurpose) {
  const u = schema.modelUsage;
  return db
    .select({
      provider: schema.modelProviders.name,
      model: u.modelName,
      callType: u.callType,
      status: u.status,
      tokensInput: u.tokensInput,
      tokensOutput: u.tokensOutput,
      cost: u.costEstimated,
      requestId: u.requestId,
      errorMessage: u.errorMessage,
    })
    .from(u)
    .leftJoin(schema.modelProviders, eq(schema.modelProviders.id, u.providerId))
    .where(eq(u.purpose, purpose))
    .orderBy(u.createdAt);
}

async function usageCount(db: Db): Promise<number> {
  const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from model_usage`);
  return rows[0]?.n ?? -1;
}

describe.each(DRIVERS)("embeddings on %s", (driver) => {
  let t: TestDatabase;
  let api: OpenAiStandIn;
  let embedder: OpenAiEmbeddings;

  beforeAll(async () => {
    t = await createTestDatabase(driver);
    api = await startOpenAiStandIn({ apiKey: API_KEY });
    embedder = new OpenAiEmbeddings({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: api.url,
      model: MODEL,
      settings: FAST,
    });
  });
  afterAll(async () => {
    await api.close();
    await t.dispose();
  });
  beforeEach(() => api.reset());

  it("embeds through the API once, then answers from the cache without a second request", async () => {
    const first = await embedder.embed({ purpose: "job_embedding", texts: [JOB, PROFILE] });
    expect(first.map((e) => e.source)).toEqual(["api", "api"]);
    expect(first[0]).toMatchObject({ model: MODEL, dimensions: 1536, contentHash: contentHash(MODEL, JOB) });
    expect(api.embeddingRequests()).toHaveLength(1);
    expect(api.embeddingRequests()[0]?.body).toMatchObject({ model: MODEL, input: [JOB, PROFILE] });

    const rows = await rowsOf(t.database.db, "job_embedding");
    expect(rows).toHaveLength(1);
    const tokens = Math.ceil(JOB.length / 4) + Math.ceil(PROFILE.length / 4);
    expect(rows[0]).toMatchObject({
      provider: "OpenAI",
      model: MODEL,
      callType: "embedding",
      status: "success",
      tokensInput: tokens,
      tokensOutput: 0,
      cost: ((tokens * 0.02) / 1e6).toFixed(6),
      requestId: expect.stringMatching(/^req_standin_/),
    });

    const before = await usageCount(t.database.db);
    const again = await embedder.embed({ purpose: "job_embedding", texts: [JOB, PROFILE] });
    expect(again.map((e) => e.source)).toEqual(["cache", "cache"]);
    expect(again.map((e) => e.vector)).toEqual(first.map((e) => e.vector));
    expect(api.embeddingRequests()).toHaveLength(1);
    expect(await usageCount(t.database.db)).toBe(before);
  });

  it("sends only the texts missing from the cache, each distinct text once", async () => {
    await embedder.embed({ purpose: "profile_embedding", texts: [PROFILE] });
    api.reset();
    const mixed = await embedder.embed({ purpose: "profile_embedding", texts: [PROFILE, OTHER, OTHER] });
    expect(mixed.map((e) => e.source)).toEqual(["cache", "api", "api"]);
    expect(mixed[1]?.vector).toEqual(mixed[2]?.vector);
    expect(api.embeddingRequests().map((r) => r.body)).toEqual([expect.objectContaining({ input: [OTHER] })]);
  });

  it("keeps the vectors apart by model: another model is a cache miss", async () => {
    const large = new OpenAiEmbeddings({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: api.url,
      model: "text-embedding-3-large",
      settings: FAST,
    });
    const [result] = await large.embed({ purpose: "job_embedding", texts: [JOB] });
    expect(result?.source).toBe("api");
    expect(result?.contentHash).not.toBe(contentHash(MODEL, JOB));
    expect((await rowsOf(t.database.db, "job_embedding")).at(-1)).toMatchObject({
      model: "text-embedding-3-large",
      cost: null,
    });
  });

  it("sends texts in batches of embeddingBatchSize, one row per request", async () => {
    const small = new OpenAiEmbeddings({
      db: t.database.db,
      apiKey: API_KEY,
      baseURL: api.url,
      model: "batch-model",
      settings: { ...FAST, embeddingBatchSize: 2 },
    });
    const texts = ["alpha one", "beta two", "gamma three", "delta four", "epsilon five"];
    const result = await small.embed({ purpose: "match_score", texts });
    expect(result).toHaveLength(5);
    expect(api.embeddingRequests().map((r) => (r.body as { input: string[] }).input.length)).toEqual([2, 2, 1]);
    expect((await rowsOf(t.database.db, "match_score")).map((r) => r.model)).toEqual([
      "batch-model",
      "batch-model",
      "batch-model",
    ]);
  });

  it("retries a 500, and does not send over the budget", async () => {
    api.failNext(1, 500, "embeddings");
    const [retried] = await embedder.embed({ purpose: "qa_check", texts: ["retried text"] });
    expect(retried?.source).toBe("api");
    expect((await rowsOf(t.database.db, "qa_check")).map((r) => r.status)).toEqual(["failed", "success"]);

    api.reset();
    const error = await embedder
      .embed({ purpose: "qa_check", texts: ["x".repeat(400)], budget: { maxTokens: 10 } })
      .then(
        () => undefined,
        (e: unknown) => e as LlmError,
      );
    expect(error).toMatchObject({ kind: "budget_exceeded", estimatedTokens: 100, remainingTokens: 10 });
    expect(api.requests).toHaveLength(0);
    expect((await rowsOf(t.database.db, "qa_check")).at(-1)).toMatchObject({ status: "failed", tokensInput: 0 });
  });

  it("refuses empty texts up front", async () => {
    await expect(embedder.embed({ purpose: "job_embedding", texts: ["ok", "  "] })).rejects.toThrow(TypeError);
    expect(api.requests).toHaveLength(0);
  });

  it("offline: deterministic hashed vectors, similar texts closer, recorded as the Offline provider", async () => {
    const offline = new OfflineEmbeddings({ db: t.database.db });
    expect(offline.mode).toBe("offline");
    const [job, profile, other] = await offline.embed({ purpose: "profile_embedding", texts: [JOB, PROFILE, OTHER] });
    const [jobAgain] = await offline.embed({ purpose: "profile_embedding", texts: [JOB] });
    expect(job).toMatchObject({ source: "offline", model: "offline-hash-256", dimensions: 256 });
    expect(jobAgain?.vector).toEqual(job?.vector);
    expect(Math.hypot(...(job?.vector ?? []))).toBeCloseTo(1, 10);
    const near = cosineSimilarity(job?.vector ?? [], profile?.vector ?? []);
    const far = cosineSimilarity(job?.vector ?? [], other?.vector ?? []);
    expect(near).toBeGreaterThan(0.3);
    expect(near).toBeGreaterThan(far + 0.2);
    expect(api.requests).toHaveLength(0);
    const rows = (await rowsOf(t.database.db, "profile_embedding")).filter((r) => r.provider === "Offline");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ model: "offline-hash-256", status: "success", tokensInput: 0, cost: "0.000000" });
  });

  it("createLlm picks online or offline per capability from the keys", async () => {
    const offline = createLlm({ env: parseEnv({}), db: t.database.db });
    expect(offline.modes).toEqual({ chat: "offline", embeddings: "offline" });
    expect(offline.chat).toBeInstanceOf(OfflineChat);
    expect(offline.embeddings).toBeInstanceOf(OfflineEmbeddings);

    const env = parseEnv({ GROK_API_KEY: "xai-k", OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: api.url });
    const online = createLlm({ env, db: t.database.db, settings: FAST });
    expect(online.modes).toEqual({ chat: "online", embeddings: "online" });
    expect(online.chat).toBeInstanceOf(GrokChat);
    expect(online.chat.model).toBe("grok-4-1-fast-reasoning");
    const [fromEnv] = await online.embeddings.embed({ purpose: "job_embedding", texts: [JOB] });
    expect(fromEnv?.source).toBe("cache");
  });
});

describe("GET /health", () => {
  it("says per capability whether the LLM layer is online or offline, without the key", async () => {
    const s = await createTestApp({ env: { GROK_API_KEY: "xai-health-secret-key-123" } });
    try {
      const response = await s.call("/health");
      const text = await response.text();
      expect(text).not.toContain("xai-health-secret-key-123");
      expect(JSON.parse(text)).toMatchObject({ llm: { chat: "online", embeddings: "offline" } });
    } finally {
      await s.dispose();
    }
  });
});
