import type { FieldOption } from "@nyx/shared";
import { booleanProperty, byIdList, deepQueryAll, stringProperty, tagOf } from "./dom-tree.ts";
import { normalizeSpace } from "./field-text.ts";

/**
 * The choices a field offers, as `{ value, label }`: `value` is what the form sends (may be
 * opaque: "3", "b", an id), `label` what the person reads. Placeholder entries ("Select…",
 * "-- please choose --", an empty value) are not choices and are left out.
 */

const PLACEHOLDER =
  /^(-+|—+|–+|\.\.\.|…|select\b|choose\b|please\b|pick\b|none selected|bitte\b|auswählen|wählen sie|sélectionne|choisi|seleccion|elige|scegli|seleziona|kies\b|selecteer)/i;

export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text.trim());
}

/** The `<option>`s of a native select (optgroups flattened), placeholders left out. */
export function selectOptions(select: Element): FieldOption[] {
  return nativeOptions(select)
    .filter((option) => !option.placeholder)
    .map(({ value, label }) => ({ value, label }));
}

/** The values of the selected options of a native select, placeholders left out. */
export function selectedValues(select: Element): string[] {
  const options = nativeOptions(select);
  const chosen = options.filter((option) => option.selected);
  const multiple = select.hasAttribute("multiple");
  // A single select with nothing marked shows (and sends) its first option.
  const effective = chosen.length === 0 && !multiple && options[0] ? [options[0]] : chosen;
  const current = stringProperty(select, "value");
  const byProperty =
    !multiple && current !== undefined ? options.find((option) => option.value === current) : undefined;
  return (byProperty ? [byProperty] : effective).filter((option) => !option.placeholder).map((option) => option.value);
}

interface NativeOption extends FieldOption {
  selected: boolean;
  placeholder: boolean;
}

function nativeOptions(select: Element): NativeOption[] {
  const elements = Array.from(select.querySelectorAll("option"));
  return elements.map((option, index) => {
    const label = normalizeSpace(option.getAttribute("label") ?? option.textContent ?? "");
    const value = option.getAttribute("value") ?? label;
    const disabled = option.hasAttribute("disabled") || option.parentElement?.hasAttribute("disabled") === true;
    const placeholder =
      value.trim() === "" ||
      (index === 0 && (isPlaceholderText(label) || (disabled && !select.hasAttribute("multiple"))));
    return { value, label, selected: booleanProperty(option, "selected"), placeholder };
  });
}

/** `<datalist>` suggestions of an `<input list=…>`. */
export function datalistOptions(input: Element): FieldOption[] {
  const list = byIdList(input, input.getAttribute("list"))[0];
  if (!list) return [];
  return Array.from(list.querySelectorAll("option")).map((option) => {
    const value = option.getAttribute("value") ?? normalizeSpace(option.textContent ?? "");
    const label = normalizeSpace(option.getAttribute("label") ?? option.textContent ?? "") || value;
    return { value, label };
  });
}

/**
 * The options of a custom dropdown that are already in the DOM: the listbox it names with
 * `aria-controls` / `aria-owns`, or a listbox inside its widget. Options that render only
 * after a click are not there yet, and the list is empty.
 */
export function listboxOptions(control: Element, widget: Element | null): FieldOption[] {
  const listboxes = [
    ...byIdList(control, control.getAttribute("aria-controls")),
    ...byIdList(control, control.getAttribute("aria-owns")),
  ];
  if (widget?.getAttribute("role") === "listbox") listboxes.push(widget);
  if (widget) listboxes.push(...deepQueryAll(widget, "[role=listbox]"));
  const seen = new Set<string>();
  const options: FieldOption[] = [];
  for (const listbox of new Set(listboxes)) {
    const items = tagOf(listbox) === "option" ? [listbox] : deepQueryAll(listbox, "[role=option]");
    for (const item of items) {
      if (item.getAttribute("aria-disabled") === "true") continue;
      const label = normalizeSpace(item.getAttribute("aria-label") ?? item.textContent ?? "");
      if (!label || isPlaceholderText(label)) continue;
      const value = item.getAttribute("data-value") ?? item.getAttribute("value") ?? label;
      if (seen.has(value)) continue;
      seen.add(value);
      options.push({ value, label });
    }
  }
  return options;
}

/** The values of the options a listbox marks as chosen (`aria-selected="true"`). */
export function listboxSelection(listbox: Element, options: readonly FieldOption[]): string[] {
  const items = deepQueryAll(listbox, "[role=option]").filter((item) => item.getAttribute("aria-disabled") !== "true");
  const chosen: string[] = [];
  for (const item of items) {
    if (item.getAttribute("aria-selected") !== "true") continue;
    const label = normalizeSpace(item.getAttribute("aria-label") ?? item.textContent ?? "");
    const option = options.find((o) => o.label === label);
    if (option) chosen.push(option.value);
  }
  return chosen;
}
