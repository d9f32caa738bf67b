import { deepQueryAll } from "../fill/dom-tree.ts";
import { isShown } from "./popup-options.ts";
import { shownTextOf } from "./shown-text.ts";

/**
 * How a step is left: the button that goes on (Next, Continue, Review…) or the one that sends
 * (Submit, Apply, Bewerben…), read from the button's words and its aria-label in many languages;
 * the validation messages a form shows; and whether the site confirmed the application.
 */

export type Advance = { kind: "next" | "submit"; button: Element };

const BUTTONS = "button, input[type=submit], input[type=button], [role=button], a[class*=button i], a[class*=btn i]";
const NEXT =
  /\b(next|continue|review|proceed|save and continue|weiter|fortfahren|nächste|überprüfen|suivant|continuer|siguiente|continuar|avanti|successivo|volgende|verder|próximo|dalej)\b/i;
const SUBMIT =
  /\b(submit|send|apply|finish|complete|bewerben|absenden|senden|abschicken|bewerbung (absenden|senden|abschicken)|envoyer|postuler|soumettre|enviar|postular|inviare|candidati|invia|solliciteer|versturen|verzenden|wyślij)\b/i;
const NEVER =
  /\b(back|previous|cancel|close|dismiss|save (as )?draft|upload|attach|add|remove|delete|sign ?in|log ?in|register|zurück|abbrechen|hinzufügen|retour|annuler|ajouter|atrás|cancelar|indietro|annulla|with linkedin|with indeed|autofill|import)\b/i;

function wordsOf(button: Element): string {
  const text = button instanceof HTMLInputElement ? button.value : shownTextOf(button);
  return `${button.getAttribute("aria-label") ?? ""} ${text}`.replace(/\s+/g, " ").trim();
}

function usable(button: Element): boolean {
  if (!isShown(button)) return false;
  if ((button as HTMLButtonElement).disabled || button.getAttribute("aria-disabled") === "true") return false;
  return true;
}

/** The way forward from this step, preferring "next" when both kinds show (a review step comes first). */
export function findAdvance(root: Document | Element): Advance | undefined {
  const buttons = deepQueryAll(root, BUTTONS).filter(usable);
  const classified = buttons.flatMap((button): Advance[] => {
    const words = wordsOf(button);
    if (!words || words.length > 80 || NEVER.test(words)) return [];
    if (NEXT.test(words)) return [{ kind: "next" as const, button }];
    if (SUBMIT.test(words)) return [{ kind: "submit" as const, button }];
    if (button.getAttribute("type") === "submit" && button.closest("form"))
      return [{ kind: "submit" as const, button }];
    return [];
  });
  return classified.find((c) => c.kind === "next") ?? classified.at(-1);
}

const ERROR_SELECTOR =
  "[role=alert], [aria-live=assertive], .error, .errors, .field-error, .error-message, .invalid-feedback, [class*=error i][class*=message i], [class*=inline-feedback--error], [data-automation-id=errorMessage], [aria-invalid=true]";

/** The validation messages the form shows now (required fields, bad formats). */
export function validationErrors(root: Document | Element): string[] {
  const messages = deepQueryAll(root, ERROR_SELECTOR)
    .filter(
      (element) =>
        !(
          element instanceof HTMLInputElement ||
          element instanceof HTMLTextAreaElement ||
          element instanceof HTMLSelectElement
        ),
    )
    .filter(isShown)
    .map((element) => (element.textContent ?? "").replace(/\s+/g, " ").trim())
    .filter((text) => text.length > 0 && text.length < 300);
  return [...new Set(messages)];
}

const CONFIRMED =
  /thank(s| you)( for (applying|your application))?|application (was |has been )?(received|submitted|sent|complete)|successfully (submitted|applied|sent)|we('ll| will) be in touch|(vielen )?dank|bewerbung (ist )?(eingegangen|erhalten|versendet)|merci|candidature (a bien été |a été )?(envoyée|reçue)|gracias|solicitud (enviada|recibida)|grazie|candidatura (inviata|ricevuta)|bedankt/i;

/** The site's confirmation, when the page shows one that was not there before. */
export function confirmationText(document: Document, before: string): string | undefined {
  const text = pageText(document);
  const match = CONFIRMED.exec(text);
  if (!match) return undefined;
  if (before.includes(match[0])) {
    // The words were on the page already (a footer, a heading): only a new occurrence counts.
    const count = (s: string) => s.split(match[0]).length - 1;
    if (count(text) <= count(before)) return undefined;
  }
  const start = Math.max(0, match.index - 40);
  return text.slice(start, match.index + 160).trim();
}

/** What the person sees: rendered text, so a hidden confirmation template does not count. */
export function pageText(document: Document): string {
  const body = document.body;
  if (!body) return "";
  // biome-ignore lint/performance/useDomNodeTextContent: hidden text must not count as shown
  const text = body.innerText;
  return (text ?? body.textContent ?? "").replace(/\s+/g, " ");
}
