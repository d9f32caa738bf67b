import type { CallContext, LlmMode, ResultSource } from "./call-context.ts";

export interface EmbedRequest extends CallContext {
  /** Non-empty texts; the answer keeps their order. */
  texts: readonly string[];
}

export interface Embedding {
  vector: number[];
  dimensions: number;
  model: string;
  /** sha256 of model and text: the cache key. */
  contentHash: string;
  /** "api": computed by the provider now; "cache": stored earlier; "offline": the deterministic local vector. */
  source: ResultSource;
}

/** Text embeddings, online (OpenAI, cached by content hash) or offline (hashed bag of words). */
export interface Embedder {
  readonly mode: LlmMode;
  readonly model: string;
  embed(request: EmbedRequest): Promise<Embedding[]>;
}

export function assertTexts(texts: unknown): asserts texts is readonly string[] {
  if (!Array.isArray(texts)) throw new TypeError("Expected `texts` to be an array of strings");
  texts.forEach((text, i) => {
    if (typeof text !== "string" || text.trim() === "") {
      throw new TypeError(`Expected \`texts[${i}]\` to be a non-empty string`);
    }
  });
}
