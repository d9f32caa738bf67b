import { bulkSummary } from "@nyx/shared/bulk-summary";
import type { ContentScriptContext } from "wxt/utils/content-script-context";
import { defineContentScript } from "wxt/utils/define-content-script";
import { onMessage } from "../../src/content-messaging.ts";
import { type BulkToast, mountBulkToast } from "./bulk-toast.ts";
import { collectCards } from "./collect-cards.ts";

/**
 * "Hunt all jobs on this page" on LinkedIn: the background asks for the cards and sends them to the
 * server itself (the token never comes here); this script collects them and shows the outcome.
 * Registered on every LinkedIn page because LinkedIn moves to /jobs/ without loading a new document.
 */
export default defineContentScript({
  matches: ["https://www.linkedin.com/*", "https://linkedin.com/*"],
  runAt: "document_idle",
  main(ctx) {
    setupBulkHunt(ctx);
  },
});

function setupBulkHunt(ctx: ContentScriptContext): void {
  let toast: BulkToast | undefined;
  const ensureToast = (): BulkToast => {
    toast ??= mountBulkToast(ctx);
    return toast;
  };
  const controller = new AbortController();
  ctx.onInvalidated(() => controller.abort());

  ctx.onInvalidated(
    onMessage("collectJobCards", async () => {
      if (!location.pathname.startsWith("/jobs/")) return { error: "Not a LinkedIn jobs page." };
      ensureToast().show("Collecting jobs…");
      const cards = await collectCards(document, { signal: controller.signal });
      if (cards.length === 0) {
        ensureToast().show("No job cards on this page.", true);
        return { error: "No job cards on this page." };
      }
      ensureToast().show(`Hunting ${cards.length} jobs…`);
      return { cards };
    }),
  );
  ctx.onInvalidated(
    onMessage("showBulkOutcome", async (outcome) => {
      if ("error" in outcome) ensureToast().show(outcome.error, true);
      else ensureToast().show(bulkSummary(outcome));
      return {};
    }),
  );
}
