import { FollowUpQuery } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import type { AppEnv } from "../../http/types.ts";
import { requireOwner } from "../../owner.ts";
import { loadSettings } from "../../settings/store.ts";
import { dueFollowUps } from "../../tracker/follow-ups.ts";

/** `GET /api/follow-ups?days=`: submitted applications waiting too long for a response, not reminded yet. */
export function followUpRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/", async (c) => {
    const query = FollowUpQuery.parse(c.req.query());
    const days = query.days ?? (await loadSettings(deps.database.db)).followUpDays;
    const now = new Date();
    const items = await dueFollowUps(deps.database.db, requireOwner(deps.dataDir).userId, { days, now });
    return c.json({ days, asOf: now.toISOString(), items });
  });
}
