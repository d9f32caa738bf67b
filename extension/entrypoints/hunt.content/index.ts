import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { defineContentScript } from "wxt/utils/define-content-script";
import { onMessage } from "../../src/content-messaging.ts";
import { looksLikePosting } from "./detect-posting.ts";
import { type HuntBadge, mountHuntBadge } from "./hunt-badge.ts";
import { huntPage } from "./hunt-page.ts";
import { readJsonLd } from "./snapshot.ts";

/** "Hunt this job": a button on posting pages, and the target of the context menu and keyboard command. */
export default defineContentScript({
  matches: ["http://*/*", "https://*/*"],
  runAt: "document_idle",
  main(ctx) {
    setupHuntButton(ctx);
  },
});

function setupHuntButton(ctx: ContentScriptContext): void {
  let badge: HuntBadge | undefined;
  const ensureBadge = (): HuntBadge => {
    badge ??= mountHuntBadge(ctx, () => void hunt());
    return badge;
  };
  const hunt = () => huntPage(ensureBadge());
  const check = () => {
    try {
      if (looksLikePosting(new URL(location.href), readJsonLd(document), document)) ensureBadge();
    } catch (error) {
      console.warn("Nyx: could not look at this page", error);
    }
  };

  check();
  ctx.addEventListener(window, "wxt:locationchange", check);
  ctx.onInvalidated(onMessage("huntThisTab", hunt));
}
