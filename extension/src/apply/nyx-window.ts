import { browser } from "wxt/browser";

/**
 * The "Nyx" window: worker tabs open there, out of the person's way (unfocused, minimised where
 * Chrome allows), grouped as "Nyx" where tab groups exist, so the person can watch or take over.
 * A window the person closed is replaced by a new one when the next tab is needed; grouping is a
 * courtesy, and its failure never stops the work.
 */

const TITLE = "Nyx";
let windowId: number | undefined;
let groupId: number | undefined;
/** The blank tab a new window opens with, waiting to be the first worker tab. */
let spareTab: number | undefined;
let opening: Promise<void> | undefined;
let groupingWarned = false;

async function windowAlive(id: number | undefined): Promise<boolean> {
  if (id === undefined) return false;
  return browser.windows.get(id).then(
    () => true,
    () => false,
  );
}

export function tabAlive(id: number): Promise<boolean> {
  return browser.tabs.get(id).then(
    () => true,
    () => false,
  );
}

async function createWindow(): Promise<void> {
  const made = await browser.windows
    .create({ url: "about:blank", focused: false, state: "minimized" })
    .catch(() => browser.windows.create({ url: "about:blank", focused: false }));
  if (made?.id === undefined) throw new Error("Chrome did not open the Nyx window");
  windowId = made.id;
  groupId = undefined;
  spareTab = made.tabs?.[0]?.id;
}

let grouping: Promise<void> = Promise.resolve();

/**
 * Puts a worker tab into the "Nyx" group of its window, one tab at a time: two tabs opened at once
 * would otherwise each find no group yet and make a group of their own.
 */
function group(tabId: number, inWindow: number): Promise<void> {
  grouping = grouping.then(() => groupNow(tabId, inWindow));
  return grouping;
}

async function groupNow(tabId: number, inWindow: number): Promise<void> {
  try {
    if (groupId !== undefined) {
      const joined = await browser.tabs.group({ tabIds: [tabId], groupId }).then(
        () => true,
        () => false,
      );
      if (joined) return;
    }
    groupId = await browser.tabs.group({ tabIds: [tabId], createProperties: { windowId: inWindow } });
    await browser.tabGroups.update(groupId, { title: TITLE, color: "purple", collapsed: false });
  } catch (error) {
    if (!groupingWarned) console.warn("Nyx: worker tabs cannot be grouped here; they work all the same", error);
    groupingWarned = true;
  }
}

/** A new blank tab in the Nyx window (the window's own first tab when the window is new), in the group. */
export async function newTabInNyxWindow(): Promise<number> {
  if (!(await windowAlive(windowId))) {
    opening ??= createWindow().finally(() => {
      opening = undefined;
    });
    await opening;
  }
  const inWindow = windowId;
  if (inWindow === undefined) throw new Error("the Nyx window is gone");
  let tabId = spareTab;
  spareTab = undefined;
  if (tabId === undefined || !(await tabAlive(tabId))) {
    const tab = await browser.tabs.create({ windowId: inWindow, url: "about:blank", active: false });
    if (tab.id === undefined) throw new Error("Chrome did not open a tab");
    tabId = tab.id;
  }
  await group(tabId, inWindow);
  return tabId;
}

/** The tab is the person's now: out of the Nyx group (it stays open where it is). */
export async function ungroup(tabId: number): Promise<void> {
  await browser.tabs.ungroup(tabId).catch(() => undefined);
}

/** Brings a tab forward for the person (a CAPTCHA to solve, a screenshot to take): active, its window shown. */
export async function showTab(tabId: number): Promise<void> {
  const tab = await browser.tabs.update(tabId, { active: true });
  if (tab?.windowId === undefined) return;
  const window = await browser.windows.get(tab.windowId).catch(() => undefined);
  await browser.windows
    .update(tab.windowId, window?.state === "minimized" ? { state: "normal", focused: true } : { focused: true })
    .catch(() => undefined);
}
