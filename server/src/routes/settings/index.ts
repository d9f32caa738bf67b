import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { loadSettings, saveSettings } from "../../settings/store.ts";

/** The decision settings: thresholds, premium countries, company tiers, token budgets. */
export function settingsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json(await loadSettings(deps.database.db)))
    .put("/", async (c) => c.json(await saveSettings(deps.database.db, await readJson(c))));
}
