import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { requireOwner } from "../../owner.ts";
import { recordInterviewOutcome } from "../../tracker/responses.ts";

/** Interviews: how one went (`POST /api/interviews/:id/outcome`). */
export function interviewRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post("/:id/outcome", async (c) => {
    const id = z.uuid({ error: "the interview id must be a UUID" }).parse(c.req.param("id"));
    const result = await recordInterviewOutcome(
      deps.database.db,
      requireOwner(deps.dataDir).userId,
      id,
      await readJson(c),
    );
    c.get("log").info({ interviewId: id, outcome: result.outcome }, "interview outcome recorded");
    return c.json(result, 201);
  });
}
