// Not a table of schema-reference.md: caches Nyx can rebuild, in their own `nyx_cache` Postgres schema so
// that the 39 tables of the design stay exactly as designed (and the append-only guard does not apply).
import { sql } from "drizzle-orm";
import { check, doublePrecision, integer, pgSchema, text } from "drizzle-orm/pg-core";
import { timestamptz } from "./columns.ts";

export const nyxCache = pgSchema("nyx_cache");

/**
 * Embedding vectors by content hash (sha256 of model and text): unchanged text is never embedded twice.
 * `double precision[]` gives back exactly the numbers that were stored.
 */
export const embeddingCache = nyxCache.table(
  "embeddings",
  {
    contentHash: text("content_hash").primaryKey(),
    model: text("model").notNull(),
    dimensions: integer("dimensions").notNull(),
    vector: doublePrecision("vector").array().notNull(),
    createdAt: timestamptz("created_at").notNull().defaultNow(),
  },
  () => [check("embeddings_dimensions_check", sql`dimensions > 0 AND cardinality(vector) = dimensions`)],
);
