import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { renderedCards, searchExpected, serveSearchPage } from "../support/linkedin.ts";
import { pairExtension } from "../support/pair.ts";
import { servePostings } from "../support/postings.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";
import { serverJobs } from "../support/server-api.ts";

const MENU_ID = "nyx-hunt-all-jobs";

/** What the in-page toast says once the bulk hunt is over (it says "Collecting jobs…" and "Hunting N jobs…" first). */
async function toastOutcome(page: Page): Promise<string> {
  const status = page.locator("nyx-bulk-toast").getByRole("status");
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 60_000 }).not.toMatch(/(…|^)$/);
  return (await status.textContent()) ?? "";
}

describe("Hunt all jobs on this page: a LinkedIn search page's cards in one bulk request", () => {
  let server: NyxServer;
  let browser: ExtensionBrowser;
  /** How many bulk requests the server has answered (its own count: the extension's requests are not watched). */
  const bulkRequests = async () => {
    const text = await (await fetch(`${server.base}/metrics`)).text();
    return text
      .split("\n")
      .filter((line) => line.startsWith("nyx_http_requests_total{") && line.includes('route="/api/jobs/bulk"'))
      .filter((line) => line.includes('method="POST"'))
      .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(" ") + 1)), 0);
  };

  /**
   * Does what Chrome does when the person right-clicks the page (which makes its tab the active one)
   * and picks the menu item: calls the background's registered listener with the info and the tab.
   */
  const pickMenuItem = async (page: Page) => {
    await page.bringToFront();
    await browser.worker.evaluate(
      async ({ id, url }) => {
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        if (tab?.id === undefined) throw new Error("no active tab");
        if (!chrome.contextMenus.onClicked.hasListener(nyx.onMenuClicked))
          throw new Error("not the registered listener");
        nyx.onMenuClicked({ menuItemId: id, pageUrl: url, editable: false }, tab);
      },
      { id: MENU_ID, url: page.url() },
    );
  };

  const openSearchPage = async () => {
    const page = await browser.context.newPage();
    await page.goto(searchExpected.url);
    await page.locator("li[data-occludable-job-id]").first().waitFor({ state: "attached" });
    return page;
  };

  beforeAll(async () => {
    server = await startNyxServer();
    browser = await launchWithExtension();
    await pairExtension(browser, server);
    await servePostings(browser.context, {});
    await serveSearchPage(browser.context);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("has the menu item, and the listener the test calls is the one Chrome calls", async () => {
    await expect(browser.worker.evaluate((id) => chrome.contextMenus.update(id, {}), MENU_ID)).resolves.toBeUndefined();
    await expect(
      browser.worker.evaluate(() => chrome.contextMenus.onClicked.hasListener(nyx.onMenuClicked)),
    ).resolves.toBe(true);
  });

  it("sends nothing for a page script that forges the protocol's messages or events", async () => {
    const page = await openSearchPage();
    await page.evaluate(() => {
      const forged = [
        { protocol: "nyx/1", name: "collectJobCards", payload: {} },
        { protocol: "nyx/1", name: "showBulkOutcome", payload: { new: 99, duplicate: 0, skipped: 0, invalid: 0 } },
        { protocol: "nyx/1", name: "huntThisTab", payload: {} },
      ];
      for (const envelope of forged) {
        window.postMessage(envelope, "*");
        document.dispatchEvent(new CustomEvent(envelope.name, { detail: envelope }));
        document.dispatchEvent(new CustomEvent(`nyx:${envelope.name}`, { detail: envelope }));
        window.dispatchEvent(new MessageEvent("message", { data: envelope, origin: location.origin }));
      }
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      if (typeof runtime?.sendMessage === "function") throw new Error("the page can reach an extension's runtime");
    });
    await page.waitForTimeout(3_000);
    expect(await page.locator("nyx-bulk-toast").count()).toBe(0);
    expect(await bulkRequests()).toBe(0);
    expect(await serverJobs(browser, server)).toEqual([]);
    await page.close();
  });

  it("scrolls the list so every card renders, sends all 25 at once, and shows 23 new", async () => {
    const page = await openSearchPage();
    expect(await page.evaluate(renderedCards)).toBeLessThan(searchExpected.cards);
    const list = page.locator(".scaffold-layout__list");
    await list.evaluate((element) => {
      element.scrollTop = 300;
    });

    await pickMenuItem(page);
    expect(await toastOutcome(page)).toBe(
      `${searchExpected.distinct} new · ${searchExpected.cards - searchExpected.distinct} duplicates · 0 skipped`,
    );
    expect(await bulkRequests()).toBe(1);
    expect(await list.evaluate((element) => element.scrollTop)).toBe(300);

    const jobs = await serverJobs(browser, server);
    const byUrl = new Map(jobs.map((job) => [job.url, job]));
    expect([...byUrl.keys()].sort()).toEqual(searchExpected.jobs.map((job) => job.url).sort());
    for (const expected of searchExpected.jobs) {
      expect(byUrl.get(expected.url)).toMatchObject({ title: expected.title, location: expected.location });
    }
    const { lastBulkEnqueue } = await browser.worker.evaluate(() => chrome.storage.local.get("lastBulkEnqueue"));
    expect(lastBulkEnqueue).toMatchObject({ new: searchExpected.distinct, pageUrl: searchExpected.url });
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await expect
      .poll(async () => (await panel.getByTestId("last-bulk").textContent()) ?? "", { timeout: 10_000 })
      .toContain(
        `${searchExpected.distinct} new · ${searchExpected.cards - searchExpected.distinct} duplicates · 0 skipped`,
      );
    await panel.close();
    await page.close();
  });

  it("finds nothing new the second time", async () => {
    const page = await openSearchPage();
    await pickMenuItem(page);
    expect(await toastOutcome(page)).toBe(`0 new · ${searchExpected.cards} duplicates · 0 skipped`);
    expect(await bulkRequests()).toBe(2);
    expect(await serverJobs(browser, server)).toHaveLength(searchExpected.distinct);
    await page.close();
  });
});
