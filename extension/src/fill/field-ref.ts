import { deepQueryAll, documentOf } from "./dom-tree.ts";

/**
 * `FormField.ref`: the handle the content script uses to find a listed field again. Listing
 * marks the field's elements with `data-nyx-ref="<ref>"` (a single control, or every radio /
 * checkbox / button of a group), so the handle survives anything short of the site replacing
 * the element; then `resolveRef` returns nothing and the form is listed again. The attribute
 * is invisible to the person and not sent with the form. Refs are "f1", "f2", … per document
 * (the counter lives on `<html data-nyx-ref-count>`, so a re-injected content script never
 * hands out a ref twice) and an element keeps its ref across listings.
 */

export const REF_ATTRIBUTE = "data-nyx-ref";
/** On the visible widget that stands for a field's hidden control (select2, an Attach button, a Yes/No box). */
export const WIDGET_ATTRIBUTE = "data-nyx-widget";
/** On a field's elements: how the lister saw it (`DraftKind`), so the fill engine knows what it handles. */
export const KIND_ATTRIBUTE = "data-nyx-kind";
const COUNTER_ATTRIBUTE = "data-nyx-ref-count";

/** Marks the elements of one field and returns the field's ref (the one they already carry, if any). */
export function assignRef(elements: readonly Element[]): string {
  const [first] = elements;
  if (!first) throw new TypeError("assignRef needs at least one element");
  const existing = elements.map((element) => element.getAttribute(REF_ATTRIBUTE)).find((ref) => ref);
  const ref = existing ?? nextRef(documentOf(first));
  for (const element of elements) element.setAttribute(REF_ATTRIBUTE, ref);
  return ref;
}

/** Marks how a field is built, for the fill engine: its kind on every member, its widget if any. */
export function markHandle(ref: string, draft: { kind: string; members: readonly Element[]; widget?: Element }): void {
  for (const member of draft.members) member.setAttribute(KIND_ATTRIBUTE, draft.kind);
  draft.widget?.setAttribute(WIDGET_ATTRIBUTE, ref);
}

/** The elements marked with a ref (one control, or the members of a group in document order), shadow roots included. */
export function resolveRef(root: Document | Element | ShadowRoot, ref: string): Element[] {
  const selector = `[${REF_ATTRIBUTE}="${ref.replace(/["\\]/g, (c) => `\\${c}`)}"]`;
  const self =
    "matches" in root && typeof root.matches === "function" && root.matches(selector) ? [root as Element] : [];
  return [...self, ...deepQueryAll(root, selector)];
}

function nextRef(document: Document): string {
  const html = document.documentElement;
  const count = Number.parseInt(html?.getAttribute(COUNTER_ATTRIBUTE) ?? "0", 10) || 0;
  html?.setAttribute(COUNTER_ATTRIBUTE, String(count + 1));
  return `f${count + 1}`;
}
