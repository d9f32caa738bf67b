import type { Db } from "@nyx/db";
import {
  type MonitorRun,
  type MonitorSettings,
  type MonitorSource,
  type MonitorSourceResult,
  monitorSourceLabel,
} from "@nyx/shared";
import PQueue from "p-queue";
import type { Logger } from "pino";
import type { LivePublisher } from "../live/hub.ts";
import type { Llm } from "../llm/index.ts";
import type { CareersLimits } from "./careers.ts";
import { saveLastRun } from "./last-run.ts";
import { recordPostings } from "./record.ts";
import { readSource } from "./sources.ts";

export interface MonitorLimits extends CareersLimits {
  /** Sources read at once. */
  concurrency: number;
}

export const DEFAULT_MONITOR_LIMITS: MonitorLimits = {
  timeoutMs: 15_000,
  maxBytes: 5 * 1024 * 1024,
  maxPages: 20,
  concurrency: 4,
};

export interface MonitorDeps {
  db: Db;
  llm: Llm;
  logger: Logger;
  /** The data folder: whose server this is (the hunt scores for the owner). */
  dataDir: string;
  /** Each new posting's hunt result goes to the connected extensions. */
  live?: LivePublisher;
  limits?: Partial<MonitorLimits>;
}

/** The limits with defaults; a bad one is a TypeError at once, never a surprise mid-run. */
export function monitorLimits(given: Partial<MonitorLimits> = {}): MonitorLimits {
  const limits = { ...DEFAULT_MONITOR_LIMITS, ...given };
  const bounds: Record<keyof MonitorLimits, [number, number]> = {
    timeoutMs: [100, 120_000],
    maxBytes: [1024, 6 * 1024 * 1024],
    maxPages: [0, 200],
    concurrency: [1, 16],
  };
  for (const [key, [min, max]] of Object.entries(bounds) as [keyof MonitorLimits, [number, number]][]) {
    const value = limits[key];
    if (!Number.isInteger(value) || value < min || value > max) {
      throw new TypeError(`monitor limit ${key}: a whole number from ${min} to ${max}`);
    }
  }
  return limits;
}

/**
 * Polls one source: reads it, records every posting not seen before and hunts it (scored and
 * decided, like "Hunt this job"). Never throws: a source that cannot be read is reported in `errors`.
 * Two polls at once record and hunt each new posting once (the job's address is claimed in the database).
 */
export async function pollSource(deps: MonitorDeps, source: MonitorSource): Promise<MonitorSourceResult> {
  const result: MonitorSourceResult = {
    source: monitorSourceLabel(source),
    kind: source.kind,
    fetched: 0,
    new: 0,
    known: 0,
    errors: [],
  };
  const log = deps.logger.child({ module: "monitor", kind: source.kind });
  try {
    const reading = await readSource(source, monitorLimits(deps.limits));
    result.fetched = reading.postings.length;
    result.errors.push(...reading.errors);
    const recorded = await recordPostings(deps, reading.postings);
    result.new = recorded.new;
    result.known = recorded.known;
    result.errors.push(...recorded.errors);
  } catch (error) {
    result.errors.push(error instanceof Error ? error.message : "the source could not be read");
  }
  log.info({ fetched: result.fetched, new: result.new, known: result.known, errors: result.errors.length }, "polled");
  return result;
}

const running = new WeakMap<Db, Promise<MonitorRun>>();

/**
 * Polls every source of the list (a few at once; one failing never stops the others) and keeps
 * the run's results for `GET /api/monitor`. A run asked for while one is going on in this process
 * joins it rather than starting a second.
 */
export function pollMonitor(deps: MonitorDeps, monitor: MonitorSettings): Promise<MonitorRun> {
  const current = running.get(deps.db);
  if (current) return current;
  const run = runAll(deps, monitor).finally(() => running.delete(deps.db));
  running.set(deps.db, run);
  return run;
}

async function runAll(deps: MonitorDeps, monitor: MonitorSettings): Promise<MonitorRun> {
  const startedAt = new Date().toISOString();
  const queue = new PQueue({ concurrency: monitorLimits(deps.limits).concurrency });
  const sources = await Promise.all(monitor.sources.map((source) => queue.add(() => pollSource(deps, source))));
  const sum = (key: "fetched" | "new" | "known") => sources.reduce((n, s) => n + s[key], 0);
  const run: MonitorRun = {
    startedAt,
    finishedAt: new Date().toISOString(),
    sources,
    totals: {
      fetched: sum("fetched"),
      new: sum("new"),
      known: sum("known"),
      errors: sources.reduce((n, s) => n + s.errors.length, 0),
    },
  };
  try {
    await saveLastRun(deps.db, run);
  } catch (error) {
    deps.logger.warn({ err: error }, "the monitor run's results were not kept");
  }
  deps.logger.info({ module: "monitor", sources: sources.length, ...run.totals }, "monitor run");
  return run;
}
