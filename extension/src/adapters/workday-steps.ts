import type { Advance } from "../apply/navigation.ts";
import { isShown } from "../apply/popup-options.ts";

/**
 * How a Workday application moves on, read from its structure rather than its words (the site
 * speaks the candidate's language): the footer's next button leaves every step, and it sends the
 * application when the progress bar shows the last step as the current one.
 */

const NEXT_BUTTON = "[data-automation-id=bottom-navigation-next-button], [data-automation-id=pageFooterNextButton]";
const PROGRESS_STEPS = "[data-automation-id=progressBar] > li, [data-automation-id=progressBar] [role=listitem]";
const CURRENT_STEP = "progressBarActiveStep";
const CONFIRMATION = "[data-automation-id=congratulationsPopup], [data-automation-id=applicationSubmittedPage]";

/** The footer button and what it does here; undefined when the page has no Workday footer. */
export function workdayAdvance(root: Document | Element): Advance | undefined {
  const button = Array.from(root.querySelectorAll(NEXT_BUTTON)).find(isShown);
  if (!button || (button as HTMLButtonElement).disabled) return undefined;
  const document = button.ownerDocument;
  const steps = Array.from(document.querySelectorAll(PROGRESS_STEPS));
  const current = steps.findIndex((step) => step.getAttribute("data-automation-id") === CURRENT_STEP);
  if (current < 0) return undefined;
  return { kind: current === steps.length - 1 ? "submit" : "next", button };
}

/** Workday's own confirmation after sending. */
export function workdayConfirmation(document: Document): string | undefined {
  const shown = Array.from(document.querySelectorAll(CONFIRMATION)).find(isShown);
  if (!shown) return undefined;
  // biome-ignore lint/performance/useDomNodeTextContent: what the person sees
  const text = (shown as HTMLElement).innerText ?? shown.textContent ?? "";
  return text.replace(/\s+/g, " ").trim().slice(0, 300) || "application submitted";
}
