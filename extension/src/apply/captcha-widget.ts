import type { CaptchaKind, CaptchaState } from "@nyx/shared";
import { deepQueryAll } from "../fill/dom-tree.ts";
import { setValue } from "./dom-actions.ts";
import { captchaWidget } from "./interruptions.ts";

/**
 * The CAPTCHA before submit as the worker tab sees it: which widget, its public site key (what a
 * solving service needs), and whether its response field holds a token yet. A token from a
 * solving service goes into that field, where the site's own script reads it on submit.
 */

const RESPONSE: Record<CaptchaKind, string> = {
  reCAPTCHA: "textarea[name='g-recaptcha-response'], textarea.g-recaptcha-response",
  hCaptcha: "textarea[name='h-captcha-response'], textarea[name='g-recaptcha-response']",
  Turnstile: "input[name='cf-turnstile-response'], textarea[name='cf-turnstile-response']",
};

function sitekeyOf(widget: Element): string | undefined {
  const own = widget.closest("[data-sitekey]")?.getAttribute("data-sitekey");
  if (own) return own.slice(0, 200);
  const src = widget.getAttribute("src");
  if (!src) return undefined;
  try {
    const url = new URL(src, widget.ownerDocument.baseURI);
    const key =
      url.searchParams.get("k") ??
      url.searchParams.get("sitekey") ??
      new URLSearchParams(url.hash.slice(1)).get("sitekey");
    return key ? key.slice(0, 200) : undefined;
  } catch {
    return undefined;
  }
}

function responseFields(kind: CaptchaKind): Element[] {
  return deepQueryAll(document, RESPONSE[kind]);
}

export function captchaState(token?: string): CaptchaState {
  const widget = captchaWidget(document);
  if (!widget) {
    // Gone: the site took it away (solved, or it was never needed).
    const solved = (Object.keys(RESPONSE) as CaptchaKind[]).some((kind) =>
      responseFields(kind).some((field) => (field as HTMLTextAreaElement).value.trim() !== ""),
    );
    return { present: false, solved };
  }
  const fields = responseFields(widget.kind);
  if (token) for (const field of fields) setValue(field, token);
  const sitekey = sitekeyOf(widget.element);
  return {
    present: true,
    solved: fields.some((field) => (field as HTMLTextAreaElement).value.trim() !== ""),
    kind: widget.kind,
    ...(sitekey ? { sitekey } : {}),
  };
}
