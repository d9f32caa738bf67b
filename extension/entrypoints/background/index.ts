import { defineBackground } from "wxt/utils/define-background";
import { setupApply } from "./setup-apply.ts";
import { setupContextMenus } from "./setup-context-menus.ts";
import { setupHunt } from "./setup-hunt.ts";
import { setupLive } from "./setup-live.ts";
import { setupSidePanel } from "./setup-side-panel.ts";

export default defineBackground(() => {
  setupSidePanel();
  setupHunt();
  setupApply(setupLive());
  setupContextMenus();
});
