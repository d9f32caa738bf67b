import { browser } from "wxt/browser";
import { showTab } from "./nyx-window.ts";

/** The outcome's limit for a screenshot (base64 characters). */
const MAX_BASE64 = 3_900_000;

/**
 * What the tab shows, as base64 JPEG (no `data:` prefix), for the person's phone: the tab is
 * brought forward first (Chrome captures a window's visible tab). Undefined when Chrome cannot
 * capture it; the message then goes without a picture.
 */
export async function captureTab(tabId: number): Promise<string | undefined> {
  try {
    await showTab(tabId);
    const { windowId } = await browser.tabs.get(tabId);
    for (const quality of [60, 30]) {
      const url = await browser.tabs.captureVisibleTab(windowId, { format: "jpeg", quality });
      const base64 = url.slice(url.indexOf(",") + 1);
      if (base64.length <= MAX_BASE64) return base64;
    }
    return undefined;
  } catch (error) {
    console.warn("Nyx: could not take a screenshot of the worker tab", error);
    return undefined;
  }
}
