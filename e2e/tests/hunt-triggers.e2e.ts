import { fileURLToPath } from "node:url";
import type { ApplicationRecord } from "@nyx/shared";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { pairExtension } from "../support/pair.ts";
import { canonicalUrl, servePostings } from "../support/postings.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";
import { pressShortcut } from "../support/shortcut.ts";

const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const posting = (name: string) =>
  fileURLToPath(new URL(`../../../shared/fixtures/postings/${name}/index.html`, import.meta.url));
const LEVER = posting("lever");
const ASHBY = posting("ashby");

/** What the badge says once the hunt is over; it is empty until something starts the hunt. */
async function huntOutcome(page: Page): Promise<string> {
  const status = page.locator("nyx-hunt-badge").getByRole("status");
  await expect.poll(async () => (await status.textContent()) ?? "", { timeout: 90_000 }).not.toMatch(/^(Hunting…)?$/);
  return (await status.textContent()) ?? "";
}

describe("Hunt this job without the page's button: keyboard shortcut, context menu, toolbar action", () => {
  let server: NyxServer;
  let browser: ExtensionBrowser;
  const applications = () => JSON.parse(server.cli(["jobs", "list", "--json"]).stdout) as ApplicationRecord[];

  beforeAll(async () => {
    server = await startNyxServer();
    expect(server.cli(["profile", "import", ADA]).status).toBe(0);
    browser = await launchWithExtension();
    await pairExtension(browser, server);
    await servePostings(browser.context, { [canonicalUrl(LEVER)]: LEVER, [canonicalUrl(ASHBY)]: ASHBY });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("Alt+Shift+H, pressed on the page, fires the real command and the content script hunts", async () => {
    const commands = await browser.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: "hunt-this-job", shortcut: "Alt+Shift+H" }));
    const page = await browser.context.newPage();
    await page.goto(canonicalUrl(LEVER));
    await page.getByRole("button", { name: "Hunt this job" }).waitFor();
    expect(applications()).toHaveLength(0);

    await pressShortcut(browser.context, page, ["Alt", "Shift"], "H");
    expect(await huntOutcome(page)).toMatch(/^(Applying|In review queue: \d+ %|Skipped: .+)$/);
    expect(applications().map((r) => r.jobTitle)).toEqual(["Applied Scientist, NLP"]);
    await page.close();
  });

  it("the context menu's Hunt this job: Chrome's registered listener, given the clicked tab, starts the hunt", async () => {
    for (const id of ["nyx-hunt-this-job", "nyx-hunt-all-jobs"]) {
      // update() rejects for a menu item that does not exist.
      await expect(
        browser.worker.evaluate((menu) => chrome.contextMenus.update(menu, {}), id),
      ).resolves.toBeUndefined();
    }
    const page = await browser.context.newPage();
    await page.goto(canonicalUrl(ASHBY));
    await page.getByRole("button", { name: "Hunt this job" }).waitFor();
    const before = applications().length;

    await page.bringToFront();
    await browser.worker.evaluate(async (url) => {
      if (!chrome.contextMenus.onClicked.hasListener(nyx.onMenuClicked)) throw new Error("not the registered listener");
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      nyx.onMenuClicked({ menuItemId: "nyx-hunt-this-job", pageUrl: url, editable: false }, tab);
    }, page.url());
    expect(await huntOutcome(page)).toMatch(/^(Applying|In review queue: \d+ %|Skipped: .+)$/);
    expect(applications()).toHaveLength(before + 1);
    expect(applications().map((r) => r.jobTitle)).toContain("Senior ML Engineer, Evaluation");
    await page.close();
  });

  it("the toolbar action opens the side panel (where the person pairs and watches)", async () => {
    const behavior = await browser.worker.evaluate(() => chrome.sidePanel.getPanelBehavior());
    expect(behavior.openPanelOnActionClick).toBe(true);
  });
});
