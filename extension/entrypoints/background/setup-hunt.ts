import { browser } from "wxt/browser";
import { onMessage } from "../../src/messaging.ts";
import { huntPosting } from "../../src/server-client.ts";
import { huntTab } from "./hunt-tab.ts";

export const HUNT_COMMAND = "hunt-this-job";

/**
 * "Hunt this job": content scripts send `huntPage` with their snapshot and the background posts
 * it to the server with the token, which never leaves the extension's own pages. The keyboard
 * command (and the context menu, see setup-context-menus.ts) ask the tab's content script to start.
 */
export function setupHunt(): void {
  onMessage("huntPage", (snapshot) => huntPosting(snapshot), { fromTab: true });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== HUNT_COMMAND) return;
    if (tab?.id !== undefined) return void huntTab(tab.id);
    browser.tabs.query({ active: true, currentWindow: true }).then(
      ([active]) => huntTab(active?.id),
      (error: unknown) => console.warn("Nyx: no active tab", error),
    );
  });
}
