import type { Interruption } from "@nyx/shared";
import { deepQueryAll } from "../fill/dom-tree.ts";
import { isShown } from "./popup-options.ts";

/**
 * What only the person can do: a visible CAPTCHA (reCAPTCHA checkbox, hCaptcha, Turnstile — the
 * invisible kinds pass by themselves and are no blocker), a code sent by SMS or e-mail, a security
 * checkpoint or a sign-in wall. Nyx never solves, guesses or types these itself.
 */

const CAPTCHA =
  ".g-recaptcha, .h-captcha, .cf-turnstile, iframe[src*='recaptcha/api2/anchor'], iframe[src*='recaptcha/enterprise/anchor'], iframe[src*='hcaptcha.com'][src*='checkbox'], iframe[src*='challenges.cloudflare.com']";

export function visibleCaptcha(document: Document): string | undefined {
  for (const widget of deepQueryAll(document, CAPTCHA)) {
    if ((widget.getAttribute("data-size") ?? "").toLowerCase() === "invisible") continue;
    if (widget.closest(".grecaptcha-badge")) continue;
    if (!isShown(widget)) continue;
    const rect = widget.getBoundingClientRect();
    if (rect.width < 30 || rect.height < 30) continue;
    return widget.matches(".h-captcha, iframe[src*='hcaptcha']")
      ? "hCaptcha"
      : widget.matches(".cf-turnstile, iframe[src*='cloudflare']")
        ? "Turnstile"
        : "reCAPTCHA";
  }
  return undefined;
}

const CODE_WORDS =
  /\b(code|verification|verify|one[- ]time|otp|pin)\b|bestätigungscode|verifizierungscode|sicherheitscode|code de (vérification|confirmation)|código de verificación|codice di verifica/i;
const SENT_WORDS = /\b(sent|texted|emailed|sms|text message|e-?mail)\b|gesendet|geschickt|envoyé|enviado|inviato/i;

/** A field that asks for a code the site sent to the person's phone or inbox. */
export function verificationCodeField(root: Document | Element): Element | undefined {
  const inputs = deepQueryAll(root, "input:not([type=hidden]):not([type=checkbox]):not([type=radio])").filter(isShown);
  return inputs.find((input) => {
    if (input.getAttribute("autocomplete") === "one-time-code") return true;
    const box = input.closest("form, fieldset, section, [role=dialog], div") ?? input.parentElement;
    const text = `${input.getAttribute("aria-label") ?? ""} ${input.getAttribute("placeholder") ?? ""} ${box?.textContent ?? ""}`;
    return CODE_WORDS.test(text) && SENT_WORDS.test(text) && text.length < 600;
  });
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
): { interruption: Interruption; detail: string } | undefined {
  const wall = checkpoint(document);
  if (wall)
    return {
      interruption: wall,
      detail: `the page at ${document.location.hostname} asks the person to ${wall === "logged_out" ? "sign in" : "pass a security check"}`,
    };
  if (verificationCodeField(root))
    return {
      interruption: "verification_code",
      detail: `${document.location.hostname} asks for a code it sent to the person`,
    };
  return undefined;
}
