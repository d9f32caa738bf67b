import type { BrowserContext, Page } from "playwright-core";

const MODIFIERS = { Alt: 1, Control: 2, Meta: 4, Shift: 8 } as const;

/**
 * Presses a key with modifiers as the keyboard would: a raw key-down and key-up through the
 * DevTools protocol, which Chrome's own shortcut handling sees, so an extension command
 * (chrome.commands) fires for real. (Playwright's keyboard.press types into the page and never
 * reaches the browser's shortcuts.) `key` is one letter, e.g. "H".
 */
export async function pressShortcut(
  context: BrowserContext,
  page: Page,
  modifiers: Array<keyof typeof MODIFIERS>,
  key: string,
): Promise<void> {
  await page.bringToFront();
  const cdp = await context.newCDPSession(page);
  const code = key.toUpperCase().charCodeAt(0);
  const event = {
    modifiers: modifiers.reduce((sum, name) => sum | MODIFIERS[name], 0),
    key: key.toUpperCase(),
    code: `Key${key.toUpperCase()}`,
    windowsVirtualKeyCode: code,
    nativeVirtualKeyCode: code,
  };
  try {
    await cdp.send("Input.dispatchKeyEvent", { type: "rawKeyDown", ...event });
    await cdp.send("Input.dispatchKeyEvent", { type: "keyUp", ...event });
  } finally {
    await cdp.detach();
  }
}
