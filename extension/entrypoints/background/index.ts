import { defineBackground } from "wxt/utils/define-background";
import { setupContextMenus } from "./setup-context-menus.ts";
import { setupHunt } from "./setup-hunt.ts";
import { setupSidePanel } from "./setup-side-panel.ts";

export default defineBackground(() => {
  setupSidePanel();
  setupHunt();
  setupContextMenus();
});
