import type { MonitorRun } from "@nyx/shared";
import { Cron } from "croner";
import { loadSettings } from "../settings/store.ts";
import { type MonitorDeps, monitorLimits, pollMonitor } from "./poll.ts";

export interface MonitorScheduler {
  /** The next scheduled run; null while the monitor is off, its schedule unreadable, or stopped. */
  nextRun(): Date | null;
  /** Stops the schedule and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

export interface SchedulerOptions {
  /** How often the settings are read for a changed schedule or switch, between runs. */
  settingsCheckMs?: number;
}

/**
 * Polls the monitor list on `settings.monitor.schedule` (croner, the server's time zone). The
 * settings are read again on every tick (the list as it is now) and every `settingsCheckMs`, so a
 * changed schedule or switch takes effect without a restart. Runs never overlap; a failing run is
 * logged and the schedule goes on.
 */
export function startMonitor(deps: MonitorDeps, options: SchedulerOptions = {}): MonitorScheduler {
  monitorLimits(deps.limits);
  const settingsCheckMs = options.settingsCheckMs ?? 60_000;
  if (!Number.isInteger(settingsCheckMs) || settingsCheckMs < 100) {
    throw new TypeError("settingsCheckMs: a whole number of milliseconds ≥ 100");
  }
  const log = deps.logger.child({ module: "monitor" });
  let job: Cron | undefined;
  let schedule: string | undefined;
  let stopped = false;
  let current: Promise<MonitorRun | undefined> | undefined;

  const settings = async () => (await loadSettings(deps.db)).monitor;

  /** Follows the settings: a new schedule replaces the job; a switched-off monitor has none. */
  const follow = async (): Promise<void> => {
    const monitor = await settings();
    if (stopped) return;
    const wanted = monitor.enabled ? monitor.schedule : undefined;
    if (wanted === schedule) return;
    job?.stop();
    job = undefined;
    schedule = wanted;
    if (wanted === undefined) return;
    try {
      job = new Cron(wanted, { protect: true, unref: true }, tick);
      log.info({ schedule: wanted }, "monitor scheduled");
    } catch (error) {
      log.warn(
        { err: error, schedule: wanted },
        "the monitor schedule cannot be read; the monitor waits for a valid one",
      );
    }
  };

  const tick = async (): Promise<void> => {
    if (current || stopped) return;
    current = (async () => {
      const monitor = await settings();
      if (!monitor.enabled || stopped) return undefined;
      return pollMonitor(deps, monitor);
    })();
    try {
      await current;
    } catch (error) {
      log.error({ err: error }, "monitor run failed");
    } finally {
      current = undefined;
    }
    await safely(follow);
  };

  const safely = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch (error) {
      log.warn({ err: error }, "the monitor settings could not be read");
    }
  };

  let checking = safely(follow);
  const check = setInterval(() => {
    checking = safely(follow);
  }, settingsCheckMs);
  check.unref();

  return {
    nextRun: () => job?.nextRun() ?? null,
    stop: async () => {
      stopped = true;
      clearInterval(check);
      await checking;
      job?.stop();
      job = undefined;
      await current?.catch(() => undefined);
    },
  };
}
