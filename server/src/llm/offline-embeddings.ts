import type { Db } from "@nyx/db";
import { assertTexts, type Embedder, type Embedding, type EmbedRequest } from "./embedder.ts";
import { contentHash } from "./embedding-cache.ts";
import { hashedBagOfWords, OFFLINE_EMBEDDING_DIMENSIONS, OFFLINE_EMBEDDING_MODEL } from "./offline-embedding-vector.ts";
import { recordUsage } from "./usage-log.ts";

/**
 * Embeddings without OPENAI_API_KEY: the deterministic hashed bag of words. Nothing is sent and
 * nothing is cached (it is cheaper to compute than to look up); each call is one 'Offline' row with
 * no tokens, so offline work shows in model_usage and is never mistaken for the model's.
 */
export class OfflineEmbeddings implements Embedder {
  readonly mode = "offline";
  readonly model = OFFLINE_EMBEDDING_MODEL;
  readonly #db: Db;

  constructor(options: { db: Db }) {
    this.#db = options.db;
  }

  async embed(request: EmbedRequest): Promise<Embedding[]> {
    assertTexts(request.texts);
    const startedAt = new Date();
    const embeddings = request.texts.map((text) => ({
      vector: hashedBagOfWords(text, OFFLINE_EMBEDDING_DIMENSIONS),
      dimensions: OFFLINE_EMBEDDING_DIMENSIONS,
      model: this.model,
      contentHash: contentHash(this.model, text),
      source: "offline" as const,
    }));
    const { purpose, applicationId, sessionId } = request;
    await recordUsage(this.#db, {
      provider: "Offline",
      model: this.model,
      callType: "embedding",
      context: { purpose, applicationId, sessionId },
      tokensInput: 0,
      tokensOutput: 0,
      startedAt,
      endedAt: new Date(),
      status: "success",
    });
    return embeddings;
  }
}
