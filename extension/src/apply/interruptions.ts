import type { CaptchaKind, Interruption } from "@nyx/shared";
import { deepQueryAll } from "../fill/dom-tree.ts";
import { isShown } from "./popup-options.ts";
import { codeMethod, verificationCodeField } from "./verification-code.ts";

/**
 * What only the person can do: a visible CAPTCHA (reCAPTCHA checkbox, hCaptcha, Turnstile — the
 * invisible kinds pass by themselves and are no blocker), a code sent by SMS or e-mail, a security
 * checkpoint or a sign-in wall. Nyx never solves or guesses these itself: a CAPTCHA waits for the
 * person (or a token from a solving service) and a code is typed only as the person gave it.
 */

const CAPTCHA =
  ".g-recaptcha, .h-captcha, .cf-turnstile, iframe[src*='recaptcha/api2/anchor'], iframe[src*='recaptcha/enterprise/anchor'], iframe[src*='hcaptcha.com'][src*='checkbox'], iframe[src*='challenges.cloudflare.com']";

/** The CAPTCHA widget a person would have to solve on this page, and its kind. */
export function captchaWidget(document: Document): { element: Element; kind: CaptchaKind } | undefined {
  for (const element of deepQueryAll(document, CAPTCHA)) {
    if ((element.getAttribute("data-size") ?? "").toLowerCase() === "invisible") continue;
    if (element.closest(".grecaptcha-badge")) continue;
    if (!isShown(element)) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width < 30 || rect.height < 30) continue;
    const kind = element.matches(".h-captcha, iframe[src*='hcaptcha']")
      ? "hCaptcha"
      : element.matches(".cf-turnstile, iframe[src*='cloudflare']")
        ? "Turnstile"
        : "reCAPTCHA";
    return { element, kind };
  }
  return undefined;
}

export function visibleCaptcha(document: Document): CaptchaKind | undefined {
  return captchaWidget(document)?.kind;
}

const CHECKPOINT_PATH = /\/(checkpoint|challenge|uas\/login|login|signin|authwall)(\/|$|\?)/i;

/** A security check or sign-in page instead of the form. */
export function checkpoint(document: Document): Interruption | undefined {
  const url = new URL(document.URL);
  if (CHECKPOINT_PATH.test(url.pathname))
    return /login|signin|authwall/i.test(url.pathname) ? "logged_out" : "checkpoint";
  const text = (document.body?.textContent ?? "").slice(0, 5000);
  if (/let'?s do a quick security check|security verification|verify (that )?you('re| are) (a )?human/i.test(text))
    return "checkpoint";
  return undefined;
}

export function interruptionOf(
  document: Document,
  root: Document | Element,
): { interruption: Interruption; detail: string; method?: "sms" | "email" | "app" } | undefined {
  const wall = checkpoint(document);
  if (wall)
    return {
      interruption: wall,
      detail: `the page at ${document.location.hostname} asks the person to ${wall === "logged_out" ? "sign in" : "pass a security check"}`,
    };
  const codeField = verificationCodeField(root);
  if (codeField)
    return {
      interruption: "verification_code",
      detail: `${document.location.hostname} asks for a code it sent to the person`,
      method: codeMethod(codeField),
    };
  return undefined;
}
