import type { ContentScriptContext } from "wxt/utils/content-script-context";

const STYLE = `
  :host { all: initial; }
  .toast { position: fixed; left: 16px; bottom: 16px; z-index: 2147483647; padding: 10px 14px; border-radius: 10px;
    background: #1d1330; color: #f4efff; font: 13px/1.3 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 30%);
    max-width: 360px; }
  .toast:has(.status:empty) { display: none; }
  .status.error { color: #ffb4b4; }
`;

export interface BulkToast {
  show(text: string, error?: boolean): void;
}

/**
 * The in-page line for "Hunt all jobs on this page" ("Collecting jobs…", then "23 new · 2
 * duplicates · 0 skipped"), in a shadow root like the hunt badge; removed with the content script.
 */
export function mountBulkToast(ctx: ContentScriptContext): BulkToast {
  const host = document.createElement("nyx-bulk-toast");
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = STYLE;
  const toast = document.createElement("div");
  toast.className = "toast";
  const status = document.createElement("span");
  status.className = "status";
  status.setAttribute("role", "status");
  toast.append(status);
  root.append(style, toast);
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
  return {
    show: (text, error = false) => {
      status.textContent = text;
      status.classList.toggle("error", error);
    },
  };
}
