import { browser } from "wxt/browser";

/** Worker tabs: opened in the background for one application each, closed when it is done. */

/** How long a first load may take before it counts as stalled and is retried. */
const STALLED_MS = 8_000;

/**
 * Opens an empty tab, lets it settle, then loads the address in it: the tab exists (and anything
 * that attaches to new tabs, such as a debugger or a test harness, is attached) before the site's
 * first request leaves. A first load that stalls is retried once with a reload, as a person would.
 */
export async function openWorkerTab(url: string): Promise<number> {
  const tab = await browser.tabs.create({ url: "about:blank", active: false });
  if (tab.id === undefined) throw new Error("Chrome did not open a tab");
  const id = tab.id;
  await waitForLoad(id, 5_000).catch(() => undefined);
  await browser.tabs.update(id, { url });
  try {
    await waitForLoad(id, STALLED_MS);
  } catch {
    await browser.tabs.reload(id);
    await waitForLoad(id).catch((error: unknown) => {
      throw new Error(`${url} did not finish loading: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return id;
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

export async function closeWorkerTab(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined);
}

/** Brings a tab forward for the person (a CAPTCHA, a code to enter). */
export async function showTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}
