import type { FieldType } from "@nyx/shared";
import { composedClosest, safeMatches, tagOf } from "./dom-tree.ts";

/**
 * What kind of field an element is. Native controls map by tag and `type`; a text input that
 * drives a suggestion list (role=combobox, aria-autocomplete, a datalist, react-select's
 * `.select__control`, a listbox next to it) is a `combobox`: the person types and then picks.
 */

/** `<input type>` values that are not fields a person fills in. */
const NOT_FIELDS = new Set(["hidden", "submit", "button", "reset", "image"]);

const INPUT_TYPES: Record<string, FieldType> = {
  text: "text",
  email: "email",
  tel: "tel",
  url: "url",
  number: "number",
  range: "number",
  date: "date",
  "datetime-local": "date",
  month: "month",
  file: "file",
  checkbox: "checkbox",
  radio: "radio",
};

/** The normalised `type` of an `<input>` ("text" when absent or unknown to the browser). */
export function inputType(element: Element): string {
  return (element.getAttribute("type") ?? "text").trim().toLowerCase() || "text";
}

/** True for `<input>`, `<select>` and `<textarea>` elements that a person could fill in. */
export function isNativeField(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === "select" || tag === "textarea") return true;
  if (tag !== "input") return false;
  const type = inputType(element);
  if (NOT_FIELDS.has(type)) return false;
  // A site's search box is not part of an application form, unless it drives a combobox.
  return type !== "search" || element.getAttribute("role") === "combobox";
}

function isTextEntry(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === "textarea") return true;
  if (tag !== "input") return false;
  return !["checkbox", "radio", "file", "hidden", "submit", "button", "reset", "image", "range", "color"].includes(
    inputType(element),
  );
}

/** The field type of a native control (radio and checkbox as single members; grouping happens later). */
export function nativeFieldType(element: Element): FieldType {
  const tag = tagOf(element);
  if (tag === "textarea") return "textarea";
  if (tag === "select") return element.hasAttribute("multiple") ? "multiselect" : "select";
  const type = inputType(element);
  if (isTextEntry(element) && drivesSuggestions(element)) return "combobox";
  return INPUT_TYPES[type] ?? "text";
}

/** An element that is a contenteditable editor (the outermost one). */
export function isContentEditable(element: Element): boolean {
  const value = element.getAttribute("contenteditable");
  if (value === null || value.toLowerCase() === "false") return false;
  const parent = element.parentElement;
  return !parent?.closest('[contenteditable]:not([contenteditable="false"])');
}

/** A non-native element that opens a list of options: role=combobox, aria-haspopup=listbox, react-select. */
export function isCustomDropdown(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === "input" || tag === "select" || tag === "textarea" || tag === "option") return false;
  if (element.getAttribute("role") === "combobox") return true;
  if (element.getAttribute("aria-haspopup")?.toLowerCase() === "listbox") return true;
  return safeMatches(element, ".select__control") && !element.querySelector("input:not([type=hidden])");
}

/** A text input whose typing opens suggestions to pick from. */
function drivesSuggestions(input: Element): boolean {
  if (input.getAttribute("role") === "combobox") return true;
  const autocomplete = input.getAttribute("aria-autocomplete")?.toLowerCase();
  if (autocomplete === "list" || autocomplete === "both") return true;
  if (input.getAttribute("aria-haspopup")?.toLowerCase() === "listbox") return true;
  if (input.hasAttribute("list")) return true;
  if (composedClosest(input, '[role=combobox], .select__control, [class*="select2-container"]', 3)) return true;
  return hasOwnListbox(input);
}

/** A listbox (suggestions, chosen items) next to the input, in a wrapper that holds no other input. */
function hasOwnListbox(input: Element): boolean {
  let node = input.parentElement;
  for (let level = 0; node && level < 2; level++, node = node.parentElement) {
    const entries = node.querySelectorAll("input:not([type=hidden]), select, textarea");
    if (entries.length > 1) return false;
    if (node.querySelector("[role=listbox]")) return true;
  }
  return false;
}
