import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import {
  AppError,
  type MonitorRun,
  type MonitorView,
  MonitorRun as RunSchema,
  MonitorView as ViewSchema,
} from "@nyx/shared";
import type { Env } from "../env.ts";
import { createLogger } from "../http/logging.ts";
import { createLlm } from "../llm/index.ts";
import { loadLastRun, parseMonitorFile, pollMonitor, saveMonitorList, sourceUrl } from "../monitor/index.ts";
import { loadSettings } from "../settings/store.ts";
import { viaServerOrDatabase } from "./target.ts";

/** `nyx monitor import FILE`: a YAML or JSON list replaces the monitor list; a bad entry is named with its line. */
export async function monitorImportCommand(env: Env, file: string): Promise<number> {
  const path = resolve(file);
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new AppError("not_found", `cannot read ${path}`);
  }
  const update = parseMonitorFile(text);
  const view = await viaServerOrDatabase(env, {
    path: "/api/monitor",
    method: "PUT",
    body: update,
    parse: (body) => ViewSchema.parse(body),
    direct: async (db) => ({ monitor: await saveMonitorList(db, update), lastRun: await loadLastRun(db) }),
  });
  process.stdout.write(`Monitor list imported: ${view.monitor.sources.length} source(s).\n`);
  printList(view);
  return 0;
}

/** `nyx monitor run`: polls every source now; prints the counts as JSON; exits 1 when any source had errors. */
export async function monitorRunCommand(env: Env): Promise<number> {
  const run = await viaServerOrDatabase(env, {
    path: "/api/monitor/run",
    body: {},
    parse: (body) => RunSchema.parse(body),
    direct: async (db) =>
      pollMonitor(
        { db, llm: createLlm({ env, db }), logger: createLogger({ level: "warn" }), dataDir: env.NYX_DATA_DIR },
        (await loadSettings(db)).monitor,
      ),
  });
  for (const source of run.sources) {
    for (const error of source.errors) process.stderr.write(`${source.source}: ${error}\n`);
  }
  process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
  return run.totals.errors > 0 ? 1 : 0;
}

/** `nyx monitor list [--json]`: the sources, the schedule and what the last run found. */
export async function monitorListCommand(env: Env, json: boolean): Promise<number> {
  const view = await viaServerOrDatabase(env, {
    path: "/api/monitor",
    parse: (body) => ViewSchema.parse(body),
    direct: async (db) => ({ monitor: (await loadSettings(db)).monitor, lastRun: await loadLastRun(db) }),
  });
  if (json) process.stdout.write(`${JSON.stringify(view, null, 2)}\n`);
  else printList(view);
  return 0;
}

function printList(view: MonitorView): void {
  const { monitor, lastRun } = view;
  const lines = [
    `Schedule: ${monitor.schedule} (${monitor.enabled ? "on" : "off"})`,
    ...monitor.sources.map(
      (s, i) => `  ${i + 1}. ${s.kind} ${s.kind === "careers" ? s.url : s.board}  ${sourceUrl(s)}`,
    ),
    lastRun ? `Last run ${lastRun.finishedAt}: ${summary(lastRun)}` : "Not run yet.",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}

function summary(run: MonitorRun): string {
  const t = run.totals;
  return `${t.fetched} postings, ${t.new} new, ${t.known} known, ${t.errors} error(s)`;
}
