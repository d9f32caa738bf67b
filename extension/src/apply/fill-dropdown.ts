import { deepQueryAll } from "../fill/dom-tree.ts";
import { blur, click, pressKey, typeText, waitFor } from "./dom-actions.ts";
import { bestMatch, matchScore } from "./match-text.ts";
import { isOffscreen, isShown, optionText, visibleOptions } from "./popup-options.ts";

/**
 * Custom dropdowns and autocompletes (react-select, select2, Workday's listbox buttons, location
 * searches): open, type when there is a search box, wait for the suggestions, pick the one that
 * means the planned value, and read back what the widget shows. Nothing is picked when no
 * suggestion means it: a wrong pick is worse than an empty field.
 */

const SEARCH_BOX =
  "input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=file]), [contenteditable=true]";

export interface PickResult {
  picked: boolean;
  shown: string;
}

const typable = (element: Element) => isShown(element) && !isOffscreen(element);

function searchBoxFor(widget: Element): Element | undefined {
  if (widget instanceof HTMLInputElement) return widget;
  const inside = deepQueryAll(widget, SEARCH_BOX).find(typable);
  if (inside) return inside;
  const active = widget.ownerDocument.activeElement;
  if (active instanceof HTMLInputElement && active !== widget.ownerDocument.body && typable(active)) return active;
  // select2 3.x/4.x put the search box in the dropdown at the end of <body>.
  return deepQueryAll(widget.ownerDocument, ".select2-search__field, .select2-input, .select2-search input").find(
    typable,
  );
}

async function pickFrom(
  widget: Element,
  wanted: string,
  timeoutMs: number,
  settleMs = 400,
  quietMs?: number,
): Promise<Element | undefined> {
  const options = await waitFor(
    () => {
      const shown = visibleOptions(widget);
      return shown.length > 0 ? shown : undefined;
    },
    timeoutMs,
    quietMs === undefined ? {} : { quietMs },
  );
  if (!options) return undefined;
  // Async searches refine while typing: give the list a moment to settle on the final query.
  const settled = (await waitFor(() => bestMatch(wanted, visibleOptions(widget), optionText), settleMs)) ?? undefined;
  return settled ?? bestMatch(wanted, options, optionText);
}

/** Queries to type, most specific first: "Zurich, Switzerland", then "Zurich". */
export function queries(wanted: string): string[] {
  const first = wanted.split(/[,(/]/)[0]?.trim() ?? "";
  return [...new Set([wanted.trim(), first].filter((q) => q.length > 0))];
}

export async function pickOption(widget: Element, wanted: string, shownText: () => string): Promise<PickResult> {
  const opener =
    deepQueryAll(
      widget,
      "[aria-haspopup], [role=combobox], .select__control, .select2-choice, .select2-selection",
    ).find(isShown) ?? widget;
  click(opener);
  // A list that opens with its choices shows them once the click is drawn; one that needs a query is typed into.
  let choice = await pickFrom(widget, wanted, 150, 0, 40);
  if (!choice) {
    const box = searchBoxFor(widget);
    if (!box) choice = await pickFrom(widget, wanted, 1500);
    else {
      for (const query of queries(wanted)) {
        typeText(box, query);
        choice = await pickFrom(widget, wanted, 2500);
        if (choice) break;
      }
      if (!choice) {
        // Some prompts accept the typed text with Enter (and then show the match to pick).
        pressKey(box, "Enter");
        choice = await pickFrom(widget, wanted, 800);
      }
    }
  }
  if (!choice) {
    pressKey(widget.ownerDocument.activeElement ?? widget, "Escape");
    return { picked: false, shown: shownText() };
  }
  click(choice);
  await waitFor(() => matchScore(wanted, shownText()) > 0.4 || !choice?.isConnected || !isShown(choice), 1000);
  const active = widget.ownerDocument.activeElement;
  if (active && active !== widget.ownerDocument.body) blur(active);
  return { picked: true, shown: shownText() };
}
