import type { ApplyTarget } from "@nyx/shared";
import { errorMessage } from "../messaging.ts";
import { ungroup } from "./nyx-window.ts";
import type { RunContext, TabFate } from "./runner.ts";
import { StopRun } from "./stop-run.ts";
import { forgetTab, idleTabs, releaseWorkerTab, trimIdleTabs } from "./worker-tabs.ts";

export type RunApplication = (target: ApplyTarget, ctx: RunContext) => Promise<{ fate: TabFate }>;

/** What the pool does with tabs (Chrome's, in the extension). */
export interface PoolTabs {
  ungroup(tabId: number): Promise<void>;
  release(tabId: number, keep: boolean): Promise<void>;
  idle(): number;
  trimIdle(max: number): Promise<void>;
  forget(tabId: number): void;
}

const CHROME_TABS: PoolTabs = {
  ungroup,
  release: releaseWorkerTab,
  idle: idleTabs,
  trimIdle: trimIdleTabs,
  forget: forgetTab,
};

export interface WorkerPool {
  /** An application to work on (from the server's `apply` event, or the side panel); `workers` sets the limit. */
  submit(target: ApplyTarget, workers?: number): void;
  /** The attempts being worked on now (their leases are kept with the `working` message). */
  working(): { applicationId: string; attempt: number }[];
  /** Whether `tabId` is the tab of `applicationId` (or of any application being worked on). */
  isWorkerTab(applicationId: string | undefined, tabId: number | undefined): boolean;
  /**
   * The tab of this application: the worker tab applying now, or the tab left to the person
   * (waiting for a check by hand) while it is open.
   */
  tabOf(applicationId: string): number | undefined;
  /** A tab was closed (by the person, with its window, or it crashed away). */
  tabRemoved(tabId: number): void;
  readonly limit: number;
}

interface Run {
  target: ApplyTarget;
  controller: AbortController;
  tabId: number | undefined;
  /** Holds one of the `limit` worker slots (a tab waiting for the person does not). */
  slot: boolean;
}

export const DEFAULT_WORKERS = 5;

/**
 * At most `limit` worker tabs apply at once; applications beyond that wait here, first come first
 * served, until a tab is free. An application already being worked on is not started twice; a
 * newer attempt of it stops the old run first. Finished tabs wait blank for the next application
 * while the tabs in the pool stay within the limit; tabs left to the person leave the pool.
 */
export function createWorkerPool(run: RunApplication, options: { limit?: number; tabs?: PoolTabs } = {}): WorkerPool {
  let limit = checkLimit(options.limit ?? DEFAULT_WORKERS);
  const tabs = options.tabs ?? CHROME_TABS;
  const runs = new Map<string, Run>();
  const queue: ApplyTarget[] = [];
  /** Tabs left to the person after their run ended, by application. */
  const kept = new Map<string, number>();
  const slotsHeld = () => [...runs.values()].filter((r) => r.slot).length;

  function pump(): void {
    while (slotsHeld() < limit) {
      // An older attempt still stopping keeps its newer one waiting.
      const index = queue.findIndex((t) => !runs.has(t.applicationId));
      const target = queue[index];
      if (target === undefined) return;
      queue.splice(index, 1);
      start(target);
    }
  }

  function start(target: ApplyTarget): void {
    const entry: Run = { target, controller: new AbortController(), tabId: undefined, slot: true };
    kept.delete(target.applicationId);
    runs.set(target.applicationId, entry);
    const ctx: RunContext = {
      signal: entry.controller.signal,
      tabOpened: (tabId) => {
        entry.tabId = tabId;
      },
      handOver: async (tabId) => {
        entry.slot = false;
        await tabs.ungroup(tabId);
        pump();
      },
    };
    const finish = async (fate: TabFate) => {
      const tabId = entry.tabId;
      if (tabId === undefined || fate === "gone") return;
      if (fate === "keep") {
        kept.set(target.applicationId, tabId);
        return tabs.ungroup(tabId);
      }
      // A tab that waited for the person is no pool tab any more; a pool tab waits blank while there is room.
      const others = slotsHeld() - (entry.slot ? 1 : 0);
      await tabs.release(tabId, entry.slot && others + tabs.idle() < limit);
    };
    run(target, ctx)
      .then(({ fate }) => finish(fate))
      .catch((error: unknown) => console.error("Nyx: the application stopped:", errorMessage(error)))
      .finally(() => {
        runs.delete(target.applicationId);
        pump();
      });
  }

  return {
    submit(target, workers) {
      if (workers !== undefined && workers !== limit) {
        limit = checkLimit(workers);
        void tabs.trimIdle(limit - slotsHeld());
      }
      const current = runs.get(target.applicationId);
      if (current && current.target.attempt >= target.attempt) return;
      const queued = queue.findIndex((t) => t.applicationId === target.applicationId);
      if (queued >= 0) {
        if ((queue[queued]?.attempt ?? 0) >= target.attempt) return;
        queue.splice(queued, 1);
      }
      current?.controller.abort(new StopRun("superseded"));
      queue.push(target);
      pump();
    },
    working: () =>
      [...runs.values()].map((r) => ({ applicationId: r.target.applicationId, attempt: r.target.attempt })),
    isWorkerTab(applicationId, tabId) {
      if (tabId === undefined) return false;
      if (applicationId !== undefined) return runs.get(applicationId)?.tabId === tabId;
      return [...runs.values()].some((r) => r.tabId === tabId);
    },
    tabOf(applicationId) {
      return runs.get(applicationId)?.tabId ?? kept.get(applicationId);
    },
    tabRemoved(tabId) {
      tabs.forget(tabId);
      for (const [applicationId, id] of kept) if (id === tabId) kept.delete(applicationId);
      for (const entry of runs.values()) if (entry.tabId === tabId) entry.controller.abort(new StopRun("tab_closed"));
    },
    get limit() {
      return limit;
    },
  };
}

function checkLimit(workers: number): number {
  if (!Number.isInteger(workers) || workers < 1 || workers > 5) throw new TypeError("workers: a whole number 1–5");
  return workers;
}
