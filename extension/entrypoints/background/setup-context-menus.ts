import { type Browser, browser } from "wxt/browser";
import { exposeHandler } from "./expose-handler.ts";
import { huntAllJobs } from "./hunt-all-jobs.ts";
import { huntTab } from "./hunt-tab.ts";

type MenuInfo = Browser.contextMenus.OnClickData;
type Tab = Browser.tabs.Tab;

export const HUNT_THIS_JOB_MENU = "nyx-hunt-this-job";
export const HUNT_ALL_JOBS_MENU = "nyx-hunt-all-jobs";

/** LinkedIn's jobs pages (search results, collections): where the cards are. */
export const LINKEDIN_JOBS_PAGES = ["https://www.linkedin.com/jobs/*", "https://linkedin.com/jobs/*"];

const MENUS: Browser.contextMenus.CreateProperties[] = [
  { id: HUNT_THIS_JOB_MENU, title: "Hunt this job", contexts: ["page", "link", "selection"] },
  {
    id: HUNT_ALL_JOBS_MENU,
    title: "Hunt all jobs on this page",
    contexts: ["page", "link", "selection"],
    documentUrlPatterns: LINKEDIN_JOBS_PAGES,
  },
];

function onMenuClicked(info: MenuInfo, tab?: Tab): void {
  if (info.menuItemId === HUNT_THIS_JOB_MENU) void huntTab(tab?.id);
  if (info.menuItemId === HUNT_ALL_JOBS_MENU) void huntAllJobs(tab?.id, info.pageUrl ?? tab?.url ?? "");
}

/** The page context menu: "Hunt this job" everywhere, "Hunt all jobs on this page" on LinkedIn jobs pages. */
export function setupContextMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    for (const menu of MENUS) browser.contextMenus.create(menu);
  });
  browser.contextMenus.onClicked.addListener(onMenuClicked);
  exposeHandler("onMenuClicked", onMenuClicked);
}
