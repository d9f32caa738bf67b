import type { Db } from "@nyx/db";
import type OpenAI from "openai";
import type { CreateEmbeddingResponse } from "openai/resources/embeddings";
import type { Logger } from "pino";
import { assertTexts, type Embedder, type Embedding, type EmbedRequest } from "./embedder.ts";
import { contentHash, readCachedEmbeddings, storeEmbeddings } from "./embedding-cache.ts";
import { checkClientOptions, lazyOpenAiClient } from "./openai-client.ts";
import { runCall } from "./run-call.ts";
import { type LlmSettings, resolveLlmSettings } from "./settings.ts";
import { invalidAnswer } from "./structured-answer.ts";
import { estimateTokens } from "./token-budget.ts";

export interface OpenAiEmbeddingsOptions {
  db: Db;
  apiKey: string;
  /** OPENAI_BASE_URL (a local stand-in in tests). */
  baseURL: string;
  /** EMBEDDING_MODEL, e.g. text-embedding-3-small. */
  model: string;
  logger?: Logger | undefined;
  settings?: Partial<LlmSettings> | undefined;
}

/**
 * OpenAI embeddings, cached in nyx_cache.embeddings by content hash: a text already embedded with
 * this model is never sent again. Only the texts missing from the cache are sent, in batches; each
 * request sent is one model_usage row (cache hits send nothing and record nothing).
 */
export class OpenAiEmbeddings implements Embedder {
  readonly mode = "online";
  readonly model: string;
  readonly #db: Db;
  readonly #client: () => Promise<OpenAI>;
  readonly #apiKey: string;
  readonly #logger: Logger | undefined;
  readonly #settings: LlmSettings;

  constructor(options: OpenAiEmbeddingsOptions) {
    checkClientOptions(options);
    this.#settings = resolveLlmSettings(options.settings);
    this.model = options.model;
    this.#db = options.db;
    this.#apiKey = options.apiKey;
    this.#logger = options.logger?.child({ module: "llm.embeddings" });
    this.#client = lazyOpenAiClient({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeoutMs: this.#settings.timeoutMs,
    });
  }

  async embed(request: EmbedRequest): Promise<Embedding[]> {
    assertTexts(request.texts);
    const hashes = request.texts.map((text) => contentHash(this.model, text));
    const cached = await readCachedEmbeddings(this.#db, hashes);
    const fresh = new Map<string, number[]>();
    const missing = new Map<string, string>();
    request.texts.forEach((text, i) => {
      const hash = hashes[i];
      if (hash !== undefined && !cached.has(hash)) missing.set(hash, text);
    });
    const pending = [...missing.entries()];
    for (let start = 0; start < pending.length; start += this.#settings.embeddingBatchSize) {
      const batch = pending.slice(start, start + this.#settings.embeddingBatchSize);
      const vectors = await this.#embedBatch(
        batch.map(([, text]) => text),
        request,
      );
      const entries = batch.map(([hash], i) => ({ hash, model: this.model, vector: vectors[i] ?? [] }));
      await storeEmbeddings(this.#db, entries);
      for (const entry of entries) fresh.set(entry.hash, entry.vector);
    }
    return hashes.map((hash) => {
      const stored = cached.get(hash);
      const vector = stored ?? fresh.get(hash) ?? [];
      return {
        vector,
        dimensions: vector.length,
        model: this.model,
        contentHash: hash,
        source: stored ? "cache" : "api",
      };
    });
  }

  async #embedBatch(input: string[], request: EmbedRequest): Promise<number[][]> {
    const about = { provider: "OpenAI", operation: "embeddings", model: this.model } as const;
    const outcome = await runCall({
      ...about,
      db: this.#db,
      logger: this.#logger,
      settings: this.#settings,
      callType: "embedding",
      context: request,
      secrets: [this.#apiKey],
      estimatedTokens: estimateTokens(
        input.reduce((sum, text) => sum + text.length, 0),
        0,
      ),
      send: async (signal) => {
        const { data, request_id } = await (await this.#client()).embeddings
          .create(
            { model: this.model, input, encoding_format: "float" },
            { signal, timeout: this.#settings.timeoutMs, maxRetries: 0 },
          )
          .withResponse();
        return {
          raw: data,
          tokensInput: data.usage?.prompt_tokens ?? 0,
          tokensOutput: 0,
          requestId: request_id ?? undefined,
        };
      },
      accept: (response: CreateEmbeddingResponse) => vectorsOf(response, input.length, about),
    });
    return outcome.value;
  }
}

/** The vectors in input order; a missing, empty, ragged or non-numeric vector is an invalid answer. */
function vectorsOf(
  response: CreateEmbeddingResponse,
  count: number,
  about: { provider: "OpenAI"; operation: "embeddings"; model: string },
): number[][] {
  const vectors = new Array<number[] | undefined>(count).fill(undefined);
  for (const item of response.data ?? []) {
    if (Number.isInteger(item.index) && item.index >= 0 && item.index < count) vectors[item.index] = item.embedding;
  }
  const dimensions = vectors[0]?.length ?? 0;
  const valid = vectors.every(
    (v) => Array.isArray(v) && v.length === dimensions && dimensions > 0 && v.every((x) => Number.isFinite(x)),
  );
  if (!valid) throw invalidAnswer({ ...about, requestId: undefined }, `expected ${count} vectors of equal length`);
  return vectors.filter((v) => v !== undefined);
}
