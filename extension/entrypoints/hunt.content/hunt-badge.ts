import type { ContentScriptContext } from "wxt/utils/content-script-context";

const STYLE = `
  :host { all: initial; }
  .badge { position: fixed; right: 16px; bottom: 16px; z-index: 2147483647; display: flex; gap: 8px;
    align-items: center; padding: 8px 12px; border-radius: 10px; background: #1d1330; color: #f4efff;
    font: 13px/1.3 system-ui, sans-serif; box-shadow: 0 4px 16px rgb(0 0 0 / 30%); max-width: 360px; }
  button { all: unset; cursor: pointer; padding: 4px 10px; border-radius: 6px; background: #7c4dff; color: #fff; font-weight: 600; }
  button:disabled { opacity: 0.6; cursor: progress; }
  button:focus-visible { outline: 2px solid #fff; }
  .status:empty { display: none; }
  .status.error { color: #ffb4b4; }
`;

export interface HuntBadge {
  busy(): void;
  done(label: string): void;
  failed(message: string): void;
}

/**
 * A small "Hunt this job" button fixed in a corner, inside a shadow root so the page's CSS cannot
 * reach it (and none of ours leaks out). Only a real click (`isTrusted`) hunts: a page script
 * clicking the button programmatically does nothing. Removed when the content script is invalidated.
 */
export function mountHuntBadge(ctx: ContentScriptContext, onHunt: () => void): HuntBadge {
  const host = document.createElement("nyx-hunt-badge");
  const root = host.attachShadow({ mode: "open" });
  const style = document.createElement("style");
  style.textContent = STYLE;
  const badge = document.createElement("div");
  badge.className = "badge";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Hunt this job";
  const status = document.createElement("span");
  status.className = "status";
  status.setAttribute("role", "status");
  badge.append(button, status);
  root.append(style, badge);
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());

  ctx.addEventListener(button, "click", (event) => {
    if (!event.isTrusted || button.disabled) return;
    onHunt();
  });

  const show = (text: string, error: boolean) => {
    button.disabled = false;
    status.textContent = text;
    status.classList.toggle("error", error);
  };
  return {
    busy: () => {
      button.disabled = true;
      status.classList.remove("error");
      status.textContent = "Hunting…";
    },
    done: (label) => show(label, false),
    failed: (message) => show(message, true),
  };
}
