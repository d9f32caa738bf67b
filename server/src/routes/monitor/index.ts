import type { MonitorView } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import type { Llm } from "../../llm/index.ts";
import { checkMonitorUpdate, loadLastRun, pollMonitor, saveMonitorList } from "../../monitor/index.ts";
import { loadSettings } from "../../settings/store.ts";

/** The company monitor: the list with the last run's results, replacing the list, and a run now. */
export function monitorRoutes(deps: AppDeps, llm: Llm) {
  const db = deps.database.db;
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const view: MonitorView = { monitor: (await loadSettings(db)).monitor, lastRun: await loadLastRun(db) };
      return c.json(view);
    })
    .put("/", async (c) => {
      const monitor = await saveMonitorList(db, checkMonitorUpdate(await readJson(c)));
      c.get("log").info({ sources: monitor.sources.length }, "monitor list replaced");
      const view: MonitorView = { monitor, lastRun: await loadLastRun(db) };
      return c.json(view);
    })
    .post("/run", async (c) => {
      const { monitor } = await loadSettings(db);
      const run = await pollMonitor({ db, llm, logger: c.get("log"), dataDir: deps.dataDir, live: deps.live }, monitor);
      return c.json(run);
    });
}
