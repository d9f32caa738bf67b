import { browser } from "wxt/browser";

/** The toolbar button opens the side panel, where the person pairs and watches Nyx work. */
export function setupSidePanel(): void {
  browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((error: unknown) => {
    console.error("Nyx: could not set the side panel behaviour", error);
  });
}
