import type { FormField } from "@nyx/shared";
import { deepQueryAll } from "../fill/dom-tree.ts";
import { KIND_ATTRIBUTE, resolveRef, WIDGET_ATTRIBUTE } from "../fill/field-ref.ts";

/** A listed field found again on the page: its elements, the widget standing for it, and how it is built. */
export interface FieldHandle {
  field: FormField;
  /** The lister's kind ("single", "radios", "buttons", "dropdown", …). */
  kind: string;
  members: Element[];
  widget: Element | undefined;
}

export function handleOf(root: Document | Element, field: FormField): FieldHandle | undefined {
  const members = resolveRef(root, field.ref);
  const [first] = members;
  if (!first) return undefined;
  const widget = deepQueryAll(root, `[${WIDGET_ATTRIBUTE}="${field.ref}"]`)[0];
  return { field, kind: first.getAttribute(KIND_ATTRIBUTE) ?? "single", members, widget };
}
