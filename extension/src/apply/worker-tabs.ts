import { browser } from "wxt/browser";
import { newTabInNyxWindow, tabAlive } from "./nyx-window.ts";

/**
 * Worker tabs: one application each, in the Nyx window. A finished tab waits blank for the next
 * application (a few, not for long), which saves opening a tab; the pool decides how many may wait.
 */

/** How long a load may take before it counts as stalled and is retried. */
const STALLED_MS = 8_000;
const IDLE_CLOSE_MS = 60_000;
const idle = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * A blank worker tab: a finished one if one is waiting, else a new one in the Nyx window. A new
 * tab starts blank and settles before the site loads, so the tab exists (and anything that
 * attaches to new tabs, such as a debugger or a test harness, is attached) before the site's
 * first request leaves.
 */
export async function workerTab(): Promise<number> {
  for (const [id, timer] of idle) {
    idle.delete(id);
    clearTimeout(timer);
    if (await tabAlive(id)) return id;
  }
  const id = await newTabInNyxWindow();
  await waitForLoad(id, 5_000).catch(() => undefined);
  return id;
}

/** Opens `url` in the worker tab; a load that stalls is retried once with a reload, as a person would. */
export async function loadInTab(id: number, url: string): Promise<void> {
  const loaded = navigation(id, STALLED_MS);
  await browser.tabs.update(id, { url });
  try {
    await loaded;
  } catch {
    const reloaded = navigation(id, 30_000);
    await browser.tabs.reload(id);
    await reloaded.catch((error: unknown) => {
      throw new Error(`${url} did not finish loading: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
}

/** Resolves when a navigation that starts after this call has loaded (loading, then complete). */
function navigation(tabId: number, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let started = false;
    const listener = (id: number, info: { status?: string }) => {
      if (id !== tabId) return;
      if (info.status === "loading") started = true;
      if (info.status === "complete" && started) {
        clearTimeout(timer);
        browser.tabs.onUpdated.removeListener(listener);
        resolve();
      }
    };
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(listener);
      reject(new Error("the page did not finish loading in time"));
    }, timeoutMs);
    browser.tabs.onUpdated.addListener(listener);
  });
}

/** How many finished tabs wait for the next application. */
export const idleTabs = () => idle.size;

/** A worker tab whose application is done: blanked and kept for the next one (`keep`), or closed. */
export async function releaseWorkerTab(id: number, keep: boolean): Promise<void> {
  if (!keep) return closeTab(id);
  const blanked = await browser.tabs.update(id, { url: "about:blank" }).then(
    () => true,
    () => false,
  );
  if (!blanked) return;
  idle.set(
    id,
    setTimeout(() => {
      idle.delete(id);
      void closeTab(id);
    }, IDLE_CLOSE_MS),
  );
}

/** Closes waiting tabs until at most `max` wait (the number of worker tabs allowed went down). */
export async function trimIdleTabs(max: number): Promise<void> {
  for (const [id, timer] of idle) {
    if (idle.size <= Math.max(0, max)) return;
    idle.delete(id);
    clearTimeout(timer);
    await closeTab(id);
  }
}

/** A tab went away (closed by the person, or with its window): it no longer waits. */
export function forgetTab(id: number): void {
  clearTimeout(idle.get(id));
  idle.delete(id);
}

/** Resolves when the tab has finished loading (at once if it has). */
export function waitForLoad(tabId: number, timeoutMs = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(listener);
      reject(new Error("the page did not finish loading in time"));
    }, timeoutMs);
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(listener);
      resolve();
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === "complete") done();
    };
    browser.tabs.onUpdated.addListener(listener);
    browser.tabs.get(tabId).then(
      (tab) => {
        if (tab.status === "complete") done();
      },
      (error: unknown) => {
        clearTimeout(timer);
        browser.tabs.onUpdated.removeListener(listener);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

async function closeTab(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined);
}
