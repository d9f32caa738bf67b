import { byIdList, deepQueryAll } from "../fill/dom-tree.ts";

/**
 * The choices a dropdown or autocomplete shows once opened: the listbox it points at
 * (aria-controls / aria-owns), else any visible listbox on the page (libraries portal their
 * popups to the end of <body>), else the result lists of select2 / chosen.
 */

const OPTION =
  "[role=option], .select2-results__option, .select2-result, li.active-result, [data-automation-id=promptOption]";
const NOT_A_CHOICE =
  /loading|searching|no (results|matches|options)|keine (ergebnisse|treffer)|aucun résultat|please enter|type to search/i;

export function isShown(element: Element): boolean {
  if (!element.isConnected) return false;
  const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
  if (typeof check === "function" && !check.call(element, { visibilityProperty: true, opacityProperty: false }))
    return false;
  const rect = element.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

/**
 * Kept out of sight for screen readers only (sr-only, select2's `.select2-offscreen` focusser): a
 * pixel or less, or clipped away. Such an input takes focus but is not where a person types.
 */
export function isOffscreen(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  if (rect.width <= 1 || rect.height <= 1) return true;
  const clip = element.ownerDocument.defaultView?.getComputedStyle(element).clip ?? "";
  return /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(clip);
}

export function optionText(option: Element): string {
  const label = option.getAttribute("aria-label") ?? option.getAttribute("data-label");
  return (label ?? option.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** The visible, choosable options for a widget; empty while none are shown. */
export function visibleOptions(widget: Element): Element[] {
  const owned = [widget, ...deepQueryAll(widget, "input, [role=combobox], [aria-controls], [aria-owns]")].flatMap(
    (el) => [...byIdList(el, el.getAttribute("aria-controls")), ...byIdList(el, el.getAttribute("aria-owns"))],
  );
  const pools = owned.length > 0 ? owned : [];
  const fromPools = pools.flatMap((pool) => deepQueryAll(pool, OPTION)).filter(choosable);
  if (fromPools.length > 0) return fromPools;
  const inside = deepQueryAll(widget, OPTION).filter(choosable);
  if (inside.length > 0) return inside;
  const listboxes = deepQueryAll(
    widget.ownerDocument,
    "[role=listbox], .select2-results, .select2-drop-active, .chosen-results",
  ).filter(isShown);
  return listboxes.flatMap((box) => deepQueryAll(box, OPTION)).filter(choosable);
}

function choosable(option: Element): boolean {
  if (!isShown(option)) return false;
  if (option.getAttribute("aria-disabled") === "true") return false;
  if (/select2-results__message|loading|disabled/.test(option.getAttribute("class") ?? "")) return false;
  const text = optionText(option);
  return text.length > 0 && !NOT_A_CHOICE.test(text);
}
