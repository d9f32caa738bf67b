import { click, waitFor } from "../apply/dom-actions.ts";
import { isShown } from "../apply/popup-options.ts";

/**
 * Workday's repeated sections (work experience, education, …): a group with an "Add" button
 * (`data-automation-id=add-button`) that shows no entry until pressed. An empty section gets one
 * entry before the step is listed, so its fields can be planned; the plan decides what goes in
 * them. Only the sections a profile has facts for are opened: Workday names them in its own
 * markup (`aria-labelledby="Work-Experience-section"`, `Education-section`, the same in every
 * language); others (certifications, languages, patents…) stay closed, as an entry the profile
 * cannot fill would only be flagged or fail validation. An entry the plan put nothing into is
 * deleted again after filling.
 */

const ADD = "button[data-automation-id=add-button], button[data-automation-id=addButton]";
const SECTION = "[role=group], fieldset, section";
const ENTRY_FIELDS = "input:not([type=hidden]):not([type=file]), textarea, button[aria-haspopup=listbox]";
/** Workday's own ids for the sections whose entries come from the profile. */
const KNOWN_SECTION = /work.?experience|education/i;
const DELETE = "button[data-automation-id=panel-set-delete-button], button";
const DELETE_WORDS = /^(delete|remove|löschen|entfernen|supprimer|eliminar|rimuovi|elimina|verwijderen|excluir)\b/i;

/** Entries added on this page: section heading → what its fields held just after "Add". */
const added = new Map<string, string>();

function sectionOf(button: Element): Element {
  return button.closest(SECTION) ?? button.parentElement ?? button;
}

/** A section's heading, which survives re-renders; empty when it has none. */
function keyOf(section: Element): string {
  const labelledBy = section.getAttribute("aria-labelledby");
  const heading = labelledBy
    ? section.ownerDocument.getElementById(labelledBy)
    : section.querySelector(":scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > legend");
  return (heading?.textContent ?? "").replace(/\s+/g, " ").trim();
}

function isKnownSection(section: Element): boolean {
  const ids = `${section.getAttribute("aria-labelledby") ?? ""} ${section.getAttribute("data-automation-id") ?? ""}`;
  return KNOWN_SECTION.test(ids);
}

function entryFields(section: Element): Element[] {
  return Array.from(section.querySelectorAll(ENTRY_FIELDS)).filter(isShown);
}

/** What the section's fields hold now, as one string to compare. */
function contentOf(section: Element): string {
  return entryFields(section)
    .map((field) => {
      if (field instanceof HTMLInputElement && (field.type === "checkbox" || field.type === "radio"))
        return String(field.checked);
      if (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement) return field.value;
      return (field.textContent ?? "").trim();
    })
    .join("\u0000");
}

/** Presses "Add" once in every repeated section that has no entry yet. */
export async function addFirstEntries(root: Document | Element): Promise<void> {
  added.clear();
  const pressed = new Set<string>();
  for (let round = 0; round < 10; round++) {
    // A press may re-render the step: look for the buttons again each time.
    const button = Array.from(root.querySelectorAll(ADD)).find((b) => {
      const section = sectionOf(b);
      return (
        isShown(b) &&
        !(b as HTMLButtonElement).disabled &&
        isKnownSection(section) &&
        entryFields(section).length === 0 &&
        !pressed.has(keyOf(section))
      );
    });
    if (!button) return;
    const section = sectionOf(button);
    const key = keyOf(section);
    pressed.add(key);
    click(button);
    await waitFor(() => !button.isConnected || entryFields(section).length > 0, 2000);
    const now = sectionsByKey(root, key)[0];
    if (key && now) added.set(key, contentOf(now));
  }
}

function sectionsByKey(root: Document | Element, key: string): Element[] {
  return key ? Array.from(root.querySelectorAll(SECTION)).filter((section) => keyOf(section) === key) : [];
}

/** Deletes an entry added by `addFirstEntries` that still holds what it held when added. */
export async function dropUnusedEntries(root: Document | Element): Promise<void> {
  for (const [key, before] of added) {
    const section = sectionsByKey(root, key)[0];
    if (!section || contentOf(section) !== before) continue;
    const deletes = Array.from(section.querySelectorAll(DELETE)).filter(
      (b) =>
        isShown(b) &&
        (b.getAttribute("data-automation-id") === "panel-set-delete-button" ||
          DELETE_WORDS.test((b.getAttribute("aria-label") ?? b.textContent ?? "").trim())),
    );
    const [only] = deletes;
    if (!only || deletes.length !== 1) continue;
    click(only);
    await waitFor(() => !only.isConnected || entryFields(sectionsByKey(root, key)[0] ?? section).length === 0, 2000);
  }
  added.clear();
}
