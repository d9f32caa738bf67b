import type { FieldOption, FieldType } from "@nyx/shared";
import { buttonChoices, fileStandIn, selectStandIn } from "./custom-widgets.ts";
import { composedClosest, composedContains, cssString, tagOf } from "./dom-tree.ts";
import { hasWords, readableText } from "./field-text.ts";
import { inputType, nativeFieldType } from "./field-type.ts";
import { listboxOptions } from "./options.ts";
import type { PageScan } from "./scan-page.ts";
import type { Visibility } from "./visibility.ts";

/**
 * From the scanned elements to fields: radios grouped by name, checkboxes into groups or single
 * boxes, a hidden native control joined to the visible widget that stands for it, Yes/No button
 * pairs, custom dropdowns and listboxes. An element belongs to one field at most.
 */

const MAX_FIELDS = 500;

export type DraftKind =
  | "single"
  | "radios"
  | "checkboxes"
  | "checkbox"
  | "buttons"
  | "dropdown"
  | "listbox"
  | "editable"
  | "custom-radios";

export interface FieldDraft {
  kind: DraftKind;
  type: FieldType;
  /** The element whose attributes (name, id, placeholder…) describe the field. */
  primary: Element;
  /** The elements the ref marks: the control, or each choice of a group. */
  members: Element[];
  /** Everything that belongs to the field (members, the widget standing for it, a mirror input). */
  extent: Element[];
  /** The visible widget standing for a hidden native control, or the box of a button group. */
  widget?: Element;
  options?: FieldOption[];
  name?: string;
  current?: string;
  /** Tree order of the field's first element, to list fields in page order. */
  first: number;
}

export function draftFields(found: PageScan, visibility: Visibility): FieldDraft[] {
  const drafts: FieldDraft[] = [];
  const claimed = new Set<Element>();
  const widgets: Element[] = [];
  const orderOf = (element: Element) => found.order.get(element) ?? Number.MAX_SAFE_INTEGER;
  const add = (draft: Omit<FieldDraft, "first">) => {
    drafts.push({
      ...draft,
      first: Math.min(...[...draft.members, ...(draft.widget ? [draft.widget] : [])].map(orderOf)),
    });
    for (const element of draft.extent) claimed.add(element);
  };
  const insideWidget = (element: Element) => widgets.some((widget) => composedContains(widget, element));

  for (const choice of buttonChoices(found.buttons, visibility)) {
    const inside = found.natives.filter((native) => choice.container.contains(native));
    if (inside.some((native) => !found.concealed.has(native))) continue;
    const mirror = choice.mirror;
    add({
      kind: "buttons",
      type: "radio",
      primary: mirror ?? choice.buttons[0] ?? choice.container,
      members: choice.buttons,
      extent: [...choice.buttons, ...inside, ...(mirror ? [mirror] : [])],
      widget: choice.container,
      options: choice.options,
      name: mirror?.getAttribute("name") ?? undefined,
      current: choice.current,
    });
  }

  const radios = new Map<unknown, Element[]>();
  const checkboxes = new Map<unknown, Element[]>();
  const scopes = new Map<Node, number>();
  /** Radios (and checkboxes) belong together by name within their form or tree; unnamed ones by their box. */
  const groupKey = (control: Element): unknown => {
    const name = control.getAttribute("name");
    if (!name) return control.closest("[role=radiogroup], [role=group], fieldset") ?? control;
    const scope = control.closest("form") ?? control.getRootNode();
    if (!scopes.has(scope)) scopes.set(scope, scopes.size);
    return `${scopes.get(scope)}|${name}`;
  };
  for (const control of found.natives) {
    if (claimed.has(control)) continue;
    const type = tagOf(control) === "input" ? inputType(control) : tagOf(control);
    const concealment = found.concealed.get(control);
    let widget: Element | undefined;
    if (concealment) {
      if (type === "select") widget = selectStandIn(control, visibility);
      else if (type === "file") widget = fileStandIn(control, visibility);
      else if (type === "checkbox" || type === "radio") {
        if (!hasShownLabel(control, visibility)) continue;
      } else continue;
      if ((type === "select" || type === "file") && (!widget || claimed.has(widget))) continue;
    }
    if (type === "radio") {
      radios.set(groupKey(control), [...(radios.get(groupKey(control)) ?? []), control]);
      continue;
    }
    if (type === "checkbox") {
      checkboxes.set(groupKey(control), [...(checkboxes.get(groupKey(control)) ?? []), control]);
      continue;
    }
    if (widget) widgets.push(widget);
    add({
      kind: "single",
      type: nativeFieldType(control),
      primary: control,
      members: [control],
      extent: widget ? [control, widget] : [control],
      ...(widget ? { widget } : {}),
    });
  }

  for (const input of found.hiddenInputs) {
    const widget = selectStandIn(input, visibility);
    if (!widget || claimed.has(widget) || insideWidget(widget)) continue;
    widgets.push(widget);
    add({ kind: "single", type: "combobox", primary: input, members: [input], extent: [input, widget], widget });
  }

  for (const group of radios.values()) {
    const [first] = group;
    if (!first) continue;
    add({
      kind: "radios",
      type: "radio",
      primary: first,
      members: group,
      extent: group,
      name: first.getAttribute("name") ?? undefined,
    });
  }
  for (const group of checkboxes.values()) {
    const [first] = group;
    if (!first) continue;
    const named = first.getAttribute("name");
    if (group.length === 1) {
      add({
        kind: "checkbox",
        type: "checkbox",
        primary: first,
        members: group,
        extent: group,
        name: named ?? undefined,
      });
    } else {
      add({
        kind: "checkboxes",
        type: "checkbox_group",
        primary: first,
        members: group,
        extent: group,
        name: named ?? undefined,
      });
    }
  }

  for (const dropdown of found.dropdowns) {
    if (claimed.has(dropdown) || insideWidget(dropdown)) continue;
    if (drafts.some((draft) => draft.members.some((member) => composedContains(dropdown, member)))) continue;
    const options = listboxOptions(dropdown, dropdown);
    add({
      kind: "dropdown",
      type: options.length > 0 ? "select" : "combobox",
      primary: dropdown,
      members: [dropdown],
      extent: [dropdown],
      options,
    });
  }
  for (const listbox of found.listboxes) {
    if (claimed.has(listbox) || insideWidget(listbox) || !isStandaloneListbox(listbox, found)) continue;
    const options = listboxOptions(listbox, listbox);
    if (options.length === 0) continue;
    const multiple = listbox.getAttribute("aria-multiselectable") === "true";
    add({
      kind: "listbox",
      type: multiple ? "multiselect" : "select",
      primary: listbox,
      members: [listbox],
      extent: [listbox],
      options,
    });
  }
  for (const editable of found.editables) {
    if (claimed.has(editable) || insideWidget(editable)) continue;
    add({ kind: "editable", type: "contenteditable", primary: editable, members: [editable], extent: [editable] });
  }

  const customRadios = new Map<Element, Element[]>();
  for (const choice of found.customChoices) {
    if (claimed.has(choice) || insideWidget(choice)) continue;
    if (choice.getAttribute("role") === "radio") {
      const box = composedClosest(choice, "[role=radiogroup]", 4) ?? choice.parentElement ?? choice;
      customRadios.set(box, [...(customRadios.get(box) ?? []), choice]);
    } else {
      add({ kind: "checkbox", type: "checkbox", primary: choice, members: [choice], extent: [choice] });
    }
  }
  for (const [box, group] of customRadios) {
    const [first] = group;
    if (first)
      add({ kind: "custom-radios", type: "radio", primary: first, members: group, extent: group, widget: box });
  }

  return drafts.sort((a, b) => a.first - b.first).slice(0, MAX_FIELDS);
}

/**
 * A listbox that is a field of its own (a visible list to pick from), not the popup or the
 * chosen-items list of a combobox: nothing points at it, and no input or dropdown sits next to it.
 */
function isStandaloneListbox(listbox: Element, found: PageScan): boolean {
  const id = listbox.getAttribute("id");
  if (id) {
    const scope = listbox.getRootNode();
    if ("querySelector" in scope && typeof scope.querySelector === "function") {
      const selector = `[aria-controls~="${cssString(id)}"], [aria-owns~="${cssString(id)}"]`;
      if ((scope as ParentNode).querySelector(selector)) return false;
    }
  }
  let box = listbox.parentElement;
  for (let level = 0; box && level < 2; level++, box = box.parentElement) {
    if (box.querySelector("input:not([type=hidden]), textarea, [role=combobox], [aria-haspopup]")) return false;
  }
  return !found.dropdowns.some((dropdown) => composedContains(dropdown, listbox));
}

function hasShownLabel(control: Element, visibility: Visibility): boolean {
  const labels: Element[] = [];
  const id = control.getAttribute("id");
  const scope = control.getRootNode();
  if (id && "querySelectorAll" in scope && typeof scope.querySelectorAll === "function") {
    labels.push(
      ...Array.from((scope as ParentNode).querySelectorAll("label[for]")).filter((l) => l.getAttribute("for") === id),
    );
  }
  const wrapping = control.closest("label");
  if (wrapping) labels.push(wrapping);
  return labels.some((label) => visibility.isShown(label) && hasWords(readableText(label, visibility)));
}
