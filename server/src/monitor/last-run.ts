import type { Db } from "@nyx/db";
import { MonitorRun } from "@nyx/shared";
import { loadConfig, saveConfig } from "../settings/config-rows.ts";

const NAME = "monitor_last_run";

/** Keeps what the last monitor run found (a `system_configs` row; the run before it is retired, not deleted). */
export async function saveLastRun(db: Db, run: MonitorRun): Promise<void> {
  await saveConfig(db, NAME, run, "system");
}

/** What the last run found; null before the first run. */
export async function loadLastRun(db: Db): Promise<MonitorRun | null> {
  const parsed = MonitorRun.safeParse(await loadConfig(db, NAME));
  return parsed.success ? parsed.data : null;
}
