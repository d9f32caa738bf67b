import type { FieldOption, FormField } from "@nyx/shared";
import {
  booleanProperty,
  commonAncestor,
  composedClosest,
  deepQueryAll,
  safeMatches,
  stringProperty,
  tagOf,
} from "./dom-tree.ts";
import type { FieldDraft } from "./field-drafts.ts";
import {
  enclosingGroupLabel,
  explicitLabels,
  followingText,
  groupLabel,
  hintOf,
  isDatePart,
  isWeakLabel,
  type LabelContext,
  type LabelText,
  nearbyText,
  ownBox,
  sectionOf,
} from "./field-label.ts";
import { assignRef } from "./field-ref.ts";
import { cleanLabel, hasRequiredMarker, hasWords, normalizeSpace, readableText } from "./field-text.ts";
import { inputType } from "./field-type.ts";
import {
  datalistOptions,
  isPlaceholderText,
  listboxOptions,
  listboxSelection,
  selectedValues,
  selectOptions,
} from "./options.ts";

/**
 * One field, described: its question (label), whether it must be answered, its help text, the
 * part of the form it is in, its options and what it holds now, and the ids and names a site
 * gave it.
 */

const VALUE_CLASSES = ".select__single-value, .select2-chosen, .select2-selection__rendered, [class*='single-value']";

/** Where a field sits: its control, the box around a group, or around a hidden control and its widget. */
export function anchorOf(draft: FieldDraft): Element {
  if (draft.kind === "buttons" && draft.widget) return draft.widget;
  const elements = draft.widget && draft.kind === "single" ? [draft.primary, draft.widget] : draft.members;
  return commonAncestor(elements) ?? draft.primary;
}

/** The field as the server reads it. Marks its elements with the field's ref. */
export function describeField(
  draft: FieldDraft,
  anchor: Element,
  context: LabelContext,
  sectionBoundary: Element | null,
  step: number,
): FormField {
  const { primary } = draft;
  const question = labelOf(draft, anchor, context);
  const label = question.text;
  const required = isRequired(draft, anchor, question.parts, context);
  const box = ownBox(anchor, context);
  const hint = hintOf(
    draft.members.includes(primary) ? draft.members : [primary, ...draft.members],
    box,
    question.parts.flatMap((part) => part.sources),
    label,
    context,
  );
  const section = sectionOf(anchor, sectionBoundary, label, context);
  const options = optionsOf(draft, context);
  const current = currentValueOf(draft, options, label, context);
  const id = idOf(draft, anchor, context);
  const name =
    draft.name ??
    (draft.kind === "buttons" ? undefined : (primary.getAttribute("name") ?? undefined)) ??
    controlName(primary, context);
  const placeholder = isGroup(draft)
    ? undefined
    : (primary.getAttribute("placeholder") ?? primary.getAttribute("aria-placeholder"))?.trim();
  const autocomplete = primary.getAttribute("autocomplete")?.trim().toLowerCase();
  const maxLength = Number.parseInt(primary.getAttribute("maxlength") ?? "", 10);
  return {
    ref: assignRef(draft.members),
    type: draft.type,
    label,
    ...(name ? { name } : {}),
    ...(id ? { id } : {}),
    ...(placeholder ? { placeholder } : {}),
    ...(autocomplete && autocomplete !== "on" && autocomplete !== "off" ? { autocomplete } : {}),
    ...(hint ? { hint } : {}),
    ...(section ? { section } : {}),
    required,
    ...(options && options.length > 0 ? { options } : {}),
    ...(current ? { currentValue: current } : {}),
    ...(Number.isInteger(maxLength) && maxLength > 0 && !isGroup(draft) ? { maxLength } : {}),
    step,
  };
}

function isGroup(draft: FieldDraft): boolean {
  return (
    draft.kind === "radios" || draft.kind === "checkboxes" || draft.kind === "buttons" || draft.kind === "custom-radios"
  );
}

/* ------------------------------------------------------------------ labels */

interface Question {
  text: string;
  /** The label texts used (for required markers and to keep them out of hints). */
  parts: LabelText[];
}

function labelOf(draft: FieldDraft, anchor: Element, context: LabelContext): Question {
  if (isGroup(draft)) {
    const label = groupLabel(anchor, context) ?? explicitLabels(anchor, context)[0];
    return label ? { text: label.text, parts: [label] } : { text: "", parts: [] };
  }
  if (draft.kind === "checkbox") return checkboxLabel(draft.primary, context);
  return controlLabel(draft.primary, anchor, context);
}

/** A single control: explicit labels, then the labelled group or text around it, then title/placeholder. */
function controlLabel(control: Element, anchor: Element, context: LabelContext): Question {
  const explicit = explicitLabels(control, context);
  const strong = explicit.find((label) => !isWeakLabel(label.text));
  let label =
    strong ??
    enclosingGroupLabel(anchor, context) ??
    nearbyText(anchor, context) ??
    fromAttribute(control, "title") ??
    fromAttribute(control, "placeholder") ??
    explicit[0];
  if (label && isDatePart(label.text)) {
    const whole = datePartContext(control, context);
    if (whole)
      label = { ...whole, text: `${whole.text} (${label.text})`, sources: [...whole.sources, ...label.sources] };
  }
  return label ? { text: label.text, parts: [label] } : { text: "", parts: [] };
}

function fromAttribute(control: Element, attribute: string): LabelText | undefined {
  const raw = control.getAttribute(attribute);
  const text = raw ? cleanLabel(raw) : "";
  return hasWords(text)
    ? { text, raw: normalizeSpace(raw ?? ""), sources: [control], via: attribute === "title" ? "title" : "placeholder" }
    : undefined;
}

/** The question around one part of a split date ("Month" → "Earliest start date (Month)"). */
function datePartContext(control: Element, context: LabelContext): LabelText | undefined {
  const fieldset = composedClosest(control, "fieldset", 6);
  const legend = fieldset && Array.from(fieldset.children).find((child) => tagOf(child) === "legend");
  if (legend) {
    const raw = readableText(legend, context.visibility);
    const text = cleanLabel(raw);
    if (hasWords(text)) return { text, raw, sources: [legend], via: "legend" };
  }
  const group = composedClosest(control, "[role=group][aria-label], [role=group][aria-labelledby]", 6);
  const raw = group?.getAttribute("aria-label");
  return group && raw ? { text: cleanLabel(raw), raw, sources: [group], via: "group" } : undefined;
}

/**
 * A lone checkbox: its own statement ("I agree to …") and, when the form also asks a question
 * for it ("Data protection", "Privacy notice"), both: "Data protection: I agree to …".
 */
function checkboxLabel(control: Element, context: LabelContext): Question {
  const explicit = explicitLabels(control, context);
  const own =
    explicit.find((label) => label.via === "wrap") ??
    explicit[0] ??
    (tagOf(control) === "input" ? followingText(control, context) : ownText(control, context));
  const others = explicit.filter((label) => label !== own && !isWeakLabel(label.text));
  const ownBoxStart = own?.via === "wrap" && own.sources[0] ? own.sources[0] : control;
  const question = others[0] ?? enclosingGroupLabel(ownBoxStart, context) ?? nearbyText(ownBoxStart, context, true);
  const parts = [question, own].filter((part): part is LabelText => part !== undefined);
  if (!own || !question) return { text: (own ?? question)?.text ?? "", parts };
  const a = question.text.toLowerCase();
  const b = own.text.toLowerCase();
  if (a.includes(b)) return { text: question.text, parts };
  if (b.includes(a)) return { text: own.text, parts };
  const joiner = /[?:.!]$/.test(question.text) ? " " : ": ";
  return { text: `${question.text}${joiner}${own.text}`, parts };
}

/** The words inside a custom control (`<div role="checkbox">I agree</div>`). */
function ownText(control: Element, context: LabelContext): LabelText | undefined {
  const raw = readableText(control, context.visibility);
  const text = cleanLabel(raw);
  return hasWords(text) ? { text, raw, sources: [control], via: "following" } : undefined;
}

/* ------------------------------------------------------------------ required */

function isRequired(draft: FieldDraft, anchor: Element, parts: readonly LabelText[], context: LabelContext): boolean {
  const controls = [draft.primary, ...draft.members];
  if (controls.some((control) => control.hasAttribute("required") || control.getAttribute("aria-required") === "true"))
    return true;
  if (controls.some((control) => control.getAttribute("data-required") === "true")) return true;
  const group = composedClosest(anchor, "fieldset, [role=group], [role=radiogroup]", 4);
  if (group && !context.holdsOtherField(group) && group.getAttribute("aria-required") === "true") return true;
  for (const part of parts) {
    if (hasRequiredMarker(part.raw)) return true;
    if (part.sources.some((source) => context.visibility.hasPseudoAsterisk(source))) return true;
  }
  return false;
}

/* ------------------------------------------------------------------ options and values */

function optionsOf(draft: FieldDraft, context: LabelContext): FieldOption[] | undefined {
  const { primary } = draft;
  switch (draft.kind) {
    case "radios":
    case "checkboxes":
      return draft.members.map((member) => {
        const value = member.getAttribute("value") ?? "on";
        return { value, label: optionLabel(member, context) || value };
      });
    case "custom-radios":
      return draft.members.map((member) => {
        const label = cleanLabel(member.getAttribute("aria-label") ?? readableText(member, context.visibility));
        return { value: member.getAttribute("data-value") ?? label, label };
      });
    case "buttons":
    case "dropdown":
    case "listbox":
      return draft.options;
    case "single":
      if (tagOf(primary) === "select") return selectOptions(primary);
      if (draft.type === "combobox") {
        const listed = primary.hasAttribute("list") ? datalistOptions(primary) : [];
        return listed.length > 0 ? listed : listboxOptions(primary, null);
      }
      return undefined;
    default:
      return undefined;
  }
}

function optionLabel(member: Element, context: LabelContext): string {
  const explicit = explicitLabels(member, context)[0] ?? followingText(member, context);
  return explicit?.text ?? "";
}

function currentValueOf(
  draft: FieldDraft,
  options: FieldOption[] | undefined,
  label: string,
  context: LabelContext,
): string | undefined {
  const { primary } = draft;
  switch (draft.kind) {
    case "radios":
    case "checkboxes": {
      const checked = draft.members.filter((member) => booleanProperty(member, "checked"));
      return checked.map((member) => member.getAttribute("value") ?? "on").join(", ") || undefined;
    }
    case "checkbox":
      return booleanProperty(primary, "checked") || primary.getAttribute("aria-checked") === "true"
        ? "true"
        : undefined;
    case "custom-radios": {
      const index = draft.members.findIndex((member) => member.getAttribute("aria-checked") === "true");
      return index >= 0 ? options?.[index]?.value : undefined;
    }
    case "buttons":
      return draft.current;
    case "editable":
      return normalizeSpace(primary.textContent ?? "") || undefined;
    case "listbox":
      return listboxSelection(primary, options ?? []).join(", ") || undefined;
    case "dropdown": {
      const shown = widgetValue(primary, context) ?? cleanLabel(readableText(primary, context.visibility));
      return shown && shown !== label && !isPlaceholderText(shown) ? shown : undefined;
    }
    case "single": {
      const tag = tagOf(primary);
      if (tag === "select") return selectedValues(primary).join(", ") || undefined;
      if (inputType(primary) === "file") {
        const files: unknown = Reflect.get(primary, "files");
        const names = Array.from((files as ArrayLike<{ name?: unknown }> | undefined) ?? [])
          .map((file) => (typeof file.name === "string" ? file.name : ""))
          .filter(Boolean);
        return names.join(", ") || undefined;
      }
      const value = stringProperty(primary, "value")?.trim();
      if (value && !(inputType(primary) === "hidden")) return value;
      if (draft.type === "combobox") return widgetValue(draft.widget ?? primary, context);
      return value || undefined;
    }
    default:
      return undefined;
  }
}

/** The chosen value a dropdown widget shows (react-select's single value, select2's chosen text). */
function widgetValue(element: Element, context: LabelContext): string | undefined {
  const box =
    composedClosest(element, ".select__control, [class*='select2-container']", 3) ??
    (tagOf(element) === "input" ? (element.parentElement ?? element) : element);
  if (safeMatches(box, ".select2-container") && box.querySelector(".select2-default")) return undefined;
  const shown = deepQueryAll(box, VALUE_CLASSES).find((node) => context.visibility.isShown(node));
  const text = shown ? cleanLabel(readableText(shown, context.visibility)) : "";
  return text && !isPlaceholderText(text) ? text : undefined;
}

/* ------------------------------------------------------------------ names and ids */

function idOf(draft: FieldDraft, anchor: Element, context: LabelContext): string | undefined {
  if (!isGroup(draft)) return draft.primary.getAttribute("id") || undefined;
  const box = composedClosest(anchor, "fieldset[id], [role=radiogroup][id], [role=group][id]", 3);
  return box && !context.holdsOtherField(box) ? box.getAttribute("id") || undefined : undefined;
}

/** An Angular reactive-forms control name on a wrapper that holds only this field (web-component forms). */
function controlName(primary: Element, context: LabelContext): string | undefined {
  const host = composedClosest(primary, "[formcontrolname]", 8);
  if (!host || context.holdsOtherField(host)) return undefined;
  return host.getAttribute("formcontrolname") ?? undefined;
}
