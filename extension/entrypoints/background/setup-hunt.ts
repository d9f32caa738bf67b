import { browser } from "wxt/browser";
import { onMessage, sendMessage } from "../../src/messaging.ts";
import { huntPosting } from "../../src/server-client.ts";

const MENU_ID = "nyx-hunt-this-job";
export const HUNT_COMMAND = "hunt-this-job";

/** Asks the tab's content script to snapshot its page and hunt it; it shows the answer on the page. */
async function huntTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  try {
    const result = await sendMessage("huntThisTab", {}, tabId);
    if ("error" in result) console.warn("Nyx: hunt failed:", result.error);
  } catch (error) {
    // No content script there (chrome:// pages, the Web Store, a tab still loading).
    console.warn("Nyx: this tab cannot be hunted", error);
  }
}

/**
 * "Hunt this job": content scripts send `huntPage` with their snapshot and the background posts
 * it to the server with the token, which never leaves the extension's own pages. The context menu
 * and the keyboard command ask the active tab's content script to start.
 */
export function setupHunt(): void {
  onMessage("huntPage", (snapshot) => huntPosting(snapshot), { fromTab: true });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_ID, title: "Hunt this job", contexts: ["page", "link", "selection"] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_ID) void huntTab(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== HUNT_COMMAND) return;
    if (tab?.id !== undefined) return void huntTab(tab.id);
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([active]) => huntTab(active?.id),
      (error: unknown) => console.warn("Nyx: no active tab", error),
    );
  });
}
