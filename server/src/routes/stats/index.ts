import { StatsQuery } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import type { AppEnv } from "../../http/types.ts";
import { requireOwner } from "../../owner.ts";
import { applicationStats } from "../../tracker/stats.ts";

/** Stats (PRODUCT.md §8): `GET /api/stats?from=&to=&top=`. */
export function statsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/", async (c) => {
    const query = StatsQuery.parse(c.req.query());
    return c.json(await applicationStats(deps.database.db, requireOwner(deps.dataDir).userId, query));
  });
}
