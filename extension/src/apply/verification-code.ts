import type { EnterCodeResult } from "@nyx/shared";
import { deepQueryAll } from "../fill/dom-tree.ts";
import { blur, setValue, waitFor } from "./dom-actions.ts";
import { isShown } from "./popup-options.ts";

/**
 * A code the site sent to the person's phone or inbox: the field that asks for it, how it was
 * sent, and the person's code typed in. A field holding the code Nyx typed no longer counts as
 * a question (it is neither flagged again nor listed for the plan).
 */

const CODE_WORDS =
  /\b(code|verification|verify|one[- ]time|otp|pin)\b|bestätigungscode|verifizierungscode|sicherheitscode|code de (vérification|confirmation)|código de verificación|codice di verifica/i;
const SENT_WORDS = /\b(sent|texted|emailed|sms|text message|e-?mail)\b|gesendet|geschickt|envoyé|enviado|inviato/i;
const INPUTS = "input:not([type=hidden]):not([type=checkbox]):not([type=radio])";

/** Elements this page's script typed a code into; they stop asking once they hold it. */
const entered = new WeakSet<Element>();

export function isEnteredCode(element: Element): boolean {
  return entered.has(element) && element instanceof HTMLInputElement && element.value !== "";
}

function asksForCode(input: Element): boolean {
  if (input.getAttribute("autocomplete") === "one-time-code") return true;
  const box = input.closest("form, fieldset, section, [role=dialog], div") ?? input.parentElement;
  const text = `${input.getAttribute("aria-label") ?? ""} ${input.getAttribute("placeholder") ?? ""} ${box?.textContent ?? ""}`;
  return CODE_WORDS.test(text) && SENT_WORDS.test(text) && text.length < 600;
}

/** A field that asks for a code the site sent to the person's phone or inbox (and does not hold Nyx's yet). */
export function verificationCodeField(root: Document | Element): Element | undefined {
  return deepQueryAll(root, INPUTS)
    .filter(isShown)
    .find((input) => !isEnteredCode(input) && asksForCode(input));
}

const APP = /\b(authenticator|authentication app|auth app|your app)\b/i;
const PHONE = /\b(sms|texted|text message|text|phone|mobile|cell)\b|handy|telefon|téléphone|portable|móvil|cellulare/i;
const MAIL = /\b(e-?mail|inbox|mailbox)\b|courriel|correo/i;

/** How the site says it sent the code: the words next to the field first, then the page's. */
export function codeMethod(field: Element): "sms" | "email" | "app" {
  const near = field.closest("form, fieldset, section, [role=dialog]") ?? field.parentElement?.parentElement;
  const texts = [
    `${field.getAttribute("aria-label") ?? ""} ${field.getAttribute("placeholder") ?? ""} ${near?.textContent ?? ""}`,
    (field.ownerDocument.body?.textContent ?? "").slice(0, 5000),
  ];
  for (const text of texts) {
    if (APP.test(text)) return "app";
    if (PHONE.test(text)) return "sms";
    if (MAIL.test(text)) return "email";
  }
  return "app";
}

/** One box per character (a split code input): the boxes beside `field`, in order. */
function characterBoxes(field: HTMLInputElement, length: number): HTMLInputElement[] | undefined {
  if (field.maxLength !== 1) return undefined;
  for (let box = field.parentElement; box && box !== field.ownerDocument.body; box = box.parentElement) {
    const boxes = deepQueryAll(box, INPUTS).filter(
      (e): e is HTMLInputElement => e instanceof HTMLInputElement && e.maxLength === 1 && isShown(e),
    );
    if (boxes.length >= length) return boxes.slice(0, length);
  }
  return undefined;
}

/** Types the person's code into the field that asks for it (the way typing would, so React sees it) and reads it back. */
export async function enterCode(code: string): Promise<EnterCodeResult> {
  const field = verificationCodeField(document);
  if (!(field instanceof HTMLInputElement)) return { ok: false, error: "no field asks for a code on this page" };
  const boxes = characterBoxes(field, code.length) ?? [field];
  const parts = boxes.length === 1 ? [code] : [...code];
  boxes.forEach((box, i) => {
    setValue(box, parts[i] ?? "");
    blur(box);
    entered.add(box);
  });
  const shown = () => boxes.map((box) => box.value).join("");
  await waitFor(() => shown() === code, 500);
  return shown() === code ? { ok: true } : { ok: false, error: "the code field does not show the code" };
}
