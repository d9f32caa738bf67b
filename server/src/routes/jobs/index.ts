import { schema } from "@nyx/db";
import { BulkRequest, PostingSnapshot } from "@nyx/shared";
import { desc } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { hunt } from "../../hunt/pipeline.ts";
import { ingestBulk } from "../../ingest/bulk.ts";
import { ingestOne } from "../../ingest/one.ts";
import type { Llm } from "../../llm/index.ts";

/** Jobs: one posting (a URL or the extension's snapshot), many at once, and the list. */
export function jobRoutes(deps: AppDeps, llm: Llm) {
  return new Hono<AppEnv>()
    .post("/", async (c) => {
      const snapshot = PostingSnapshot.parse(await readJson(c));
      // A page to read (HTML or JSON-LD): the whole hunt. A bare address: recorded for the extension to read.
      if (snapshot.html !== undefined || snapshot.jsonLd !== undefined) {
        const result = await hunt({ db: deps.database.db, llm, logger: c.get("log"), dataDir: deps.dataDir }, snapshot);
        deps.live.publish({ type: "hunt", result });
        return c.json(result, result.duplicate ? 200 : 201);
      }
      const result = await ingestOne(deps.database.db, snapshot);
      return c.json(result, result.duplicate ? 200 : 201);
    })
    .post("/bulk", async (c) => {
      const request = BulkRequest.parse(await readJson(c));
      const result = await ingestBulk(deps.database.db, request);
      c.get("log").info({ new: result.new, duplicate: result.duplicate, invalid: result.invalid }, "bulk enqueue");
      return c.json(result);
    })
    .get("/", async (c) => {
      const { limit } = z.object({ limit: z.coerce.number().int().min(1).max(500).default(50) }).parse(c.req.query());
      const rows = await deps.database.db
        .select({
          id: schema.jobPosts.id,
          url: schema.jobPosts.sourceUrl,
          title: schema.jobPosts.jobTitle,
          location: schema.jobPosts.rawLocation,
          createdAt: schema.jobPosts.createdAt,
        })
        .from(schema.jobPosts)
        .orderBy(desc(schema.jobPosts.createdAt))
        .limit(limit);
      return c.json({ jobs: rows });
    });
}
