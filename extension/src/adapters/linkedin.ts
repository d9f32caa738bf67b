import { click, waitFor } from "../apply/dom-actions.ts";
import { isShown } from "../apply/popup-options.ts";
import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

const MODAL = ".jobs-easy-apply-modal, [data-test-modal][role=dialog], .artdeco-modal[role=dialog]";

function modal(document: Document): Element | undefined {
  return Array.from(document.querySelectorAll(MODAL)).find(isShown);
}

/** LinkedIn: the job view, and Easy Apply's modal with its steps and review page. */
export const linkedin: SiteAdapter = {
  ...generic,
  platform: "linkedin",
  detect: (url) => /(^|\.)linkedin\.com$/.test(url.hostname),
  async open(document) {
    if (modal(document)) return;
    const button = Array.from(
      document.querySelectorAll("button.jobs-apply-button, .jobs-apply-button--top-card button"),
    ).find(isShown);
    if (!button) return;
    click(button);
    await waitFor(() => modal(document), 5000);
  },
  formRoot: (document) => modal(document) ?? document,
};
