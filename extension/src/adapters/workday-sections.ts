import { click, waitFor } from "../apply/dom-actions.ts";
import { isShown } from "../apply/popup-options.ts";

/**
 * Workday's repeated sections (work experience, education, …): a group with an "Add" button
 * (`data-automation-id=add-button`) that shows no entry until pressed. An empty section gets one
 * entry, so its fields can be listed and planned; the plan decides what goes in them.
 */

const ADD = "button[data-automation-id=add-button], button[data-automation-id=addButton]";
const ENTRY_FIELDS = "input:not([type=hidden]):not([type=file]), textarea, button[aria-haspopup=listbox]";

function sectionOf(button: Element): Element {
  return button.closest("[role=group], fieldset, section") ?? button.parentElement ?? button;
}

/** Tells sections apart across re-renders: by their heading, else by their place among the Add buttons. */
function keyOf(button: Element): string {
  const section = sectionOf(button);
  const labelledBy = section.getAttribute("aria-labelledby");
  const heading = labelledBy
    ? section.ownerDocument.getElementById(labelledBy)
    : section.querySelector("h1, h2, h3, h4, h5, legend");
  const index = Array.from(button.ownerDocument.querySelectorAll(ADD)).indexOf(button);
  return (heading?.textContent ?? "").trim() || `#${index}`;
}

function isEmpty(section: Element): boolean {
  return !Array.from(section.querySelectorAll(ENTRY_FIELDS)).some(isShown);
}

/** Presses "Add" once in every repeated section that has no entry yet. */
export async function addFirstEntries(root: Document | Element): Promise<void> {
  const pressed = new Set<string>();
  for (let round = 0; round < 10; round++) {
    // A press may re-render the step: look for the buttons again each time.
    const button = Array.from(root.querySelectorAll(ADD)).find(
      (b) => isShown(b) && !(b as HTMLButtonElement).disabled && isEmpty(sectionOf(b)) && !pressed.has(keyOf(b)),
    );
    if (!button) return;
    const section = sectionOf(button);
    pressed.add(keyOf(button));
    click(button);
    await waitFor(() => !button.isConnected || !isEmpty(section), 2000);
  }
}
