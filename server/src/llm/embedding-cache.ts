import { createHash } from "node:crypto";
import type { Db } from "@nyx/db";
import { schema } from "@nyx/db";
import { inArray } from "drizzle-orm";

/** The cache key of a text's embedding: sha256 of the model name and the exact text. */
export function contentHash(model: string, text: string): string {
  return createHash("sha256").update(model).update("\0").update(text).digest("hex");
}

/** Stored vectors for these hashes (those not stored are absent from the map). */
export async function readCachedEmbeddings(db: Db, hashes: readonly string[]): Promise<Map<string, number[]>> {
  if (hashes.length === 0) return new Map();
  const rows = await db
    .select({ hash: schema.embeddingCache.contentHash, vector: schema.embeddingCache.vector })
    .from(schema.embeddingCache)
    .where(inArray(schema.embeddingCache.contentHash, [...hashes]));
  return new Map(rows.map((r) => [r.hash, r.vector]));
}

/** Stores vectors; a hash already stored (by this or another server) keeps its first vector. */
export async function storeEmbeddings(
  db: Db,
  entries: readonly { hash: string; model: string; vector: number[] }[],
): Promise<void> {
  if (entries.length === 0) return;
  await db
    .insert(schema.embeddingCache)
    .values(
      entries.map((e) => ({ contentHash: e.hash, model: e.model, dimensions: e.vector.length, vector: e.vector })),
    )
    .onConflictDoNothing({ target: schema.embeddingCache.contentHash });
}
