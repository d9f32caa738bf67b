import type { FormField } from "@nyx/shared";
import { commonAncestor, composedClosest, tagOf } from "./dom-tree.ts";
import type { FieldDraft } from "./field-drafts.ts";
import {
  enclosingGroupLabel,
  explicitLabels,
  followingText,
  groupLabel,
  isDatePart,
  isWeakLabel,
  type LabelContext,
  type LabelText,
  nearbyText,
  ownBox,
} from "./field-label.ts";
import { assignRef, markHandle } from "./field-ref.ts";
import { hintOf, sectionOf } from "./field-surroundings.ts";
import { cleanLabel, hasRequiredMarker, hasWords, normalizeSpace, readableText } from "./field-text.ts";
import { currentValueOf, optionsOf } from "./field-values.ts";

/**
 * One field, described: its question (label), whether it must be answered, its help text, the
 * part of the form it is in, its options and what it holds now, and the ids and names a site
 * gave it.
 */

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
  const ref = assignRef(draft.members);
  markHandle(ref, draft);
  return {
    ref,
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
