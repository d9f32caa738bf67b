import { defineBackground } from "wxt/utils/define-background";
import { setupSidePanel } from "./setup-side-panel.ts";

export default defineBackground(() => {
  setupSidePanel();
});
