import { sendMessage } from "../../src/messaging.ts";

/** Asks the tab's content script to snapshot its page and hunt it; it shows the answer on the page. */
export async function huntTab(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  try {
    const result = await sendMessage("huntThisTab", {}, tabId);
    if ("error" in result) console.warn("Nyx: hunt failed:", result.error);
  } catch (error) {
    // No content script there (chrome:// pages, the Web Store, a tab still loading).
    console.warn("Nyx: this tab cannot be hunted", error);
  }
}
