import { browser } from "wxt/browser";

/** Worker tabs: opened in the background for one application each, closed when it is done. */

/** How long a load may take before it counts as stalled and is retried. */
const STALLED_MS = 8_000;
/** Finished worker tabs wait (on a blank page) for the next application, a few at most and not for long. */
const IDLE_LIMIT = 5;
const IDLE_CLOSE_MS = 60_000;
const idle = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * A worker tab showing `url`: a finished worker tab if one is waiting, else a new one. A new tab
 * starts blank and settles before the site loads, so the tab exists (and anything that attaches to
 * new tabs, such as a debugger or a test harness, is attached) before the site's first request
 * leaves. A load that stalls is retried once with a reload, as a person would.
 */
export async function openWorkerTab(url: string): Promise<number> {
  for (const [id, timer] of idle) {
    idle.delete(id);
    clearTimeout(timer);
    const alive = await browser.tabs.get(id).then(
      () => true,
      () => false,
    );
    if (alive) return load(id, url);
  }
  const tab = await browser.tabs.create({ url: "about:blank", active: false });
  if (tab.id === undefined) throw new Error("Chrome did not open a tab");
  await waitForLoad(tab.id, 5_000).catch(() => undefined);
  return load(tab.id, url);
}

async function load(id: number, url: string): Promise<number> {
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
  return id;
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

/** A worker tab whose application is done: blanked and kept for the next one, or closed. */
export async function releaseWorkerTab(id: number): Promise<void> {
  if (idle.size >= IDLE_LIMIT) return closeTab(id);
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

/** Brings a tab forward for the person (a CAPTCHA, a code to enter). */
export async function showTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}
