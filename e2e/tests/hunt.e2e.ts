import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { pairExtension } from "../support/pair.ts";
import { canonicalUrl, GREENHOUSE_HTML, servePostings } from "../support/postings.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";

const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const POSTING_URL = canonicalUrl(GREENHOUSE_HTML);
/** The same saved page at another job's address: hunting it would add a second application. */
const OTHER_POSTING_URL = POSTING_URL.replace(/\d+$/, "4809999999");

/** What the badge says once the hunt is over (it says "Hunting…" while it waits). */
async function huntOutcome(page: Page): Promise<string> {
  const status = page.getByRole("status");
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 90_000 }).not.toMatch(/^(Hunting…)?$/);
  return (await status.textContent()) ?? "";
}

describe("Hunt this job: the button on a posting page hunts it through the background", () => {
  let server: NyxServer;
  let browser: ExtensionBrowser;
  const applications = () => JSON.parse(server.cli(["jobs", "list", "--json"]).stdout) as Array<{ jobTitle: string }>;

  beforeAll(async () => {
    server = await startNyxServer();
    expect(server.cli(["profile", "import", ADA]).status).toBe(0);
    browser = await launchWithExtension();
    await pairExtension(browser, server);
    await servePostings(browser.context, { [POSTING_URL]: GREENHOUSE_HTML, [OTHER_POSTING_URL]: GREENHOUSE_HTML });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the button on the Greenhouse posting, hunts it, and shows the server's label", async () => {
    const page = await browser.context.newPage();
    await page.goto(POSTING_URL);
    await page.getByRole("button", { name: "Hunt this job" }).click();
    expect(await huntOutcome(page)).toBe("Applying");

    const records = applications();
    expect(records.map((r) => r.jobTitle)).toContain("Senior Machine Learning Engineer, Search Ranking");
  });

  it("does not hunt for a page script that imitates the message or clicks the button", async () => {
    const before = applications().length;
    const page = await browser.context.newPage();
    await page.goto(OTHER_POSTING_URL);
    await page.getByRole("button", { name: "Hunt this job" }).waitFor();
    await page.evaluate((url) => {
      const envelope = { protocol: "nyx/1", name: "huntPage", payload: { url, html: "<html></html>" } };
      window.postMessage(envelope, "*");
      window.postMessage({ protocol: "nyx/1", name: "huntThisTab", payload: {} }, "*");
      document.dispatchEvent(new CustomEvent("huntPage", { detail: envelope }));
      document.dispatchEvent(new CustomEvent("nyx:huntThisTab", { detail: envelope }));
      const host = document.querySelector("nyx-hunt-badge");
      host?.shadowRoot?.querySelector("button")?.click();
    }, OTHER_POSTING_URL);
    await page.waitForTimeout(3_000);
    expect(await page.locator("nyx-hunt-badge .status").textContent()).toBe("");
    expect(applications()).toHaveLength(before);
  });

  it("says so in place when the extension is not paired, and hunts nothing", async () => {
    const before = applications().length;
    const token = await browser.worker.evaluate(() => chrome.storage.local.get("serverToken"));
    await browser.worker.evaluate(() => chrome.storage.local.set({ serverToken: null }));
    try {
      const page = await browser.context.newPage();
      await page.goto(OTHER_POSTING_URL);
      await page.getByRole("button", { name: "Hunt this job" }).click();
      expect(await huntOutcome(page)).toMatch(/^Not paired yet/);
      expect(applications()).toHaveLength(before);
    } finally {
      await browser.worker.evaluate((value) => chrome.storage.local.set({ serverToken: value }), token.serverToken);
    }
  });
});
