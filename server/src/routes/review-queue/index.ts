import { ReviewDecision } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { publishApplications } from "../../live/application-events.ts";
import { requireOwner } from "../../owner.ts";
import { decideReview } from "../../review/decide.ts";
import { listReviewQueue } from "../../review/queue.ts";

/** The review queue: 20–50 % matches waiting for the person, and the person's verdict on them. */
export function reviewQueueRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const { userId } = requireOwner(deps.dataDir);
      return c.json({ items: await listReviewQueue(deps.database.db, userId) });
    })
    .post("/decide", async (c) => {
      const decision = ReviewDecision.parse(await readJson(c));
      const { userId } = requireOwner(deps.dataDir);
      const result = await decideReview(deps.database.db, userId, decision);
      c.get("log").info({ action: result.action, applications: result.applications.length }, "review decided");
      await publishApplications({ db: deps.database.db, live: deps.live, logger: c.get("log") }, decision.ids);
      return c.json(result);
    });
}
