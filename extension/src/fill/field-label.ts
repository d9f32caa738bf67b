import {
  byIdList,
  composedClosest,
  composedContains,
  composedParent,
  cssString,
  isElement,
  TEXT_NODE,
  tagOf,
} from "./dom-tree.ts";
import { cleanLabel, hasWords, normalizeSpace, readableText } from "./field-text.ts";
import type { Visibility } from "./visibility.ts";

/**
 * Where a field's question comes from, in the order a person (and a screen reader) would take
 * it: `<label for>`, a wrapping `<label>`, `aria-labelledby`, `aria-label`, the legend or the
 * labelled group around a set of choices, and last the text just before the field (a table
 * cell, a label-like div, a paragraph) within the field's own box. Also the help text next to a
 * field (hint) and the heading of the part of the form it sits in (section) are in field-surroundings.ts.
 */

export interface LabelContext {
  visibility: Visibility;
  /** True when the element holds a field other than the one being described. */
  holdsOtherField(element: Element): boolean;
  /** True when the element belongs to the field being described (its controls, widget, mirror input). */
  isOwn(element: Element): boolean;
  /** Where a field's surroundings end: the form, a dialog, the root being listed. */
  isBoundary(element: Element): boolean;
}

export type LabelSource =
  | "for"
  | "wrap"
  | "labelledby"
  | "aria-label"
  | "host"
  | "legend"
  | "group"
  | "nearby"
  | "following"
  | "title"
  | "placeholder";

export interface LabelText {
  /** Cleaned: no required markers, no trailing colon. */
  text: string;
  /** As read, with markers (for `required`). */
  raw: string;
  /** The elements the text came from (for asterisks drawn by CSS, and to keep them out of hints). */
  sources: Element[];
  via: LabelSource;
}

/** "Attach", "Upload", "Browse", "Choose file": a button's words, not a question. */
const ACTION_WORDS =
  /^(attach|upload|upload (a )?files?|browse|browse files?|choose (a )?files?|select (a )?files?|add (a )?files?|drop files?( here)?|or drag and drop( here)?|enter manually|paste|datei (auswählen|hochladen)|hochladen|durchsuchen|parcourir|choisir (un )?fichier|joindre|subir( archivo)?|adjuntar|seleccionar archivo|sfoglia|carica)$/i;
/** A part of a split date whose question is on the group ("Month" of "Earliest start date"). */
const DATE_PART =
  /^(month|day|year|mm|dd|yy|yyyy|jj|jjjj|aaaa|monat|tag|jahr|mois|jour|année|annee|mes|día|dia|año|ano|mese|giorno|anno|maand|dag|jaar)$/i;
const LABEL_LIKE_CLASS = /label|title|question|caption|legend|heading|prompt|frage/i;
export const HELP_CLASS =
  /(^|[-_\s])(hint|help|helper|description|desc|instructions?|note|hinweis|caption|explanation|assistive|supporting|subtitle|sublabel)([-_\s]|$)|help-block|form-text/i;
export const ERROR_CLASS = /error|invalid|fehler|erreur|warning/i;
export const HEADINGS = "h2, h3, h4, h5, h6, [role=heading], legend";

export function isWeakLabel(text: string): boolean {
  return ACTION_WORDS.test(text.trim());
}

export function isDatePart(text: string): boolean {
  return DATE_PART.test(text.trim());
}

function make(raw: string, sources: Element[], via: LabelSource): LabelText | undefined {
  const text = cleanLabel(raw);
  return hasWords(text) ? { text, raw: normalizeSpace(raw), sources, via } : undefined;
}

/** Text of a label element, without the text of the control it wraps (or of the boxes around that control). */
function labelElementText(label: Element, control: Element | undefined, context: LabelContext): string {
  const exclude = (element: Element) =>
    element !== label &&
    ((control !== undefined && composedContains(element, control)) || context.holdsOtherField(element));
  return readableText(label, context.visibility, { exclude }) || readableText(label, context.visibility);
}

/** The explicit labels of a control, best first: label[for], wrapping label, aria-labelledby, aria-label. */
export function explicitLabels(control: Element, context: LabelContext): LabelText[] {
  const found: LabelText[] = [];
  const seen = new Set<Element>();
  const add = (label: LabelText | undefined) => {
    if (label) found.push(label);
  };
  const id = control.getAttribute("id");
  if (id) {
    const scope = control.getRootNode();
    if ("querySelectorAll" in scope && typeof scope.querySelectorAll === "function") {
      for (const label of Array.from((scope as ParentNode).querySelectorAll(`label[for="${cssString(id)}"]`))) {
        if (context.visibility.concealment(label, "container", false) === "hidden") continue;
        seen.add(label);
        add(make(labelElementText(label, control, context), [label], "for"));
      }
    }
  }
  const wrapping = control.closest("label");
  if (wrapping && !seen.has(wrapping)) add(make(labelElementText(wrapping, control, context), [wrapping], "wrap"));
  const labelledBy = byIdList(control, control.getAttribute("aria-labelledby")).filter(
    (element) => element !== control,
  );
  if (labelledBy.length > 0) {
    const raw = labelledBy.map((element) => readableText(element, context.visibility)).join(" ");
    add(make(raw, labelledBy, "labelledby"));
  }
  const ariaLabel = control.getAttribute("aria-label");
  if (ariaLabel) add(make(ariaLabel, [control], "aria-label"));
  // A control alone in a web component's shadow root is named by its host.
  const root = control.getRootNode();
  const host: unknown = Reflect.get(root, "host");
  if (isElement(host as Node | null) && found.length === 0) {
    const hostElement = host as Element;
    const hostLabel = hostElement.getAttribute("aria-label") ?? hostElement.getAttribute("label");
    if (hostLabel && !context.holdsOtherField(hostElement)) add(make(hostLabel, [hostElement], "host"));
  }
  return found;
}

/** The label of a group of choices (radios, checkboxes, buttons) from the box around them. */
export function groupLabel(container: Element, context: LabelContext): LabelText | undefined {
  const fieldset = composedClosest(container, "fieldset", 4);
  if (fieldset && !context.holdsOtherField(fieldset)) {
    const legend = Array.from(fieldset.children).find((child) => tagOf(child) === "legend");
    const label = legend && make(readableText(legend, context.visibility), [legend], "legend");
    if (label) return label;
  }
  const group = composedClosest(container, "[role=radiogroup], [role=group]", 4);
  if (group && !context.holdsOtherField(group)) {
    const label = ariaNameOf(group, context);
    if (label) return label;
  }
  for (const box of [container, fieldset, group]) {
    const id = box?.getAttribute("id");
    if (!box || !id) continue;
    const scope = box.getRootNode();
    if (!("querySelector" in scope) || typeof scope.querySelector !== "function") continue;
    const label = (scope as ParentNode).querySelector(`label[for="${cssString(id)}"]`);
    const text = label && make(readableText(label, context.visibility), [label], "for");
    if (text) return text;
  }
  return nearbyText(container, context);
}

/** The question of a labelled group (`role=group` with aria-labelledby) around a lone field. */
export function enclosingGroupLabel(anchor: Element, context: LabelContext): LabelText | undefined {
  const group = composedClosest(anchor, "[role=radiogroup], [role=group], fieldset", 6);
  if (!group || context.holdsOtherField(group)) return undefined;
  if (tagOf(group) === "fieldset") {
    const legend = Array.from(group.children).find((child) => tagOf(child) === "legend");
    return legend ? make(readableText(legend, context.visibility), [legend], "legend") : ariaNameOf(group, context);
  }
  return ariaNameOf(group, context);
}

function ariaNameOf(element: Element, context: LabelContext): LabelText | undefined {
  const labelledBy = byIdList(element, element.getAttribute("aria-labelledby"));
  if (labelledBy.length > 0) {
    const label = make(labelledBy.map((e) => readableText(e, context.visibility)).join(" "), labelledBy, "group");
    if (label) return label;
  }
  const ariaLabel = element.getAttribute("aria-label");
  return ariaLabel ? make(ariaLabel, [element], "group") : undefined;
}

/**
 * The text just before the field, inside the field's own box: a previous sibling, or a previous
 * sibling of a box around the field that holds no other field (a table cell, a label-like div).
 * With `labelLike`, only text that looks like a question counts (short, a label/heading, or
 * ending in "?", ":" or a required marker), not a paragraph of explanation.
 */
export function nearbyText(anchor: Element, context: LabelContext, labelLike = false): LabelText | undefined {
  let node: Node = anchor;
  for (let depth = 0; depth < 8; depth++) {
    for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
      if (sibling.nodeType === TEXT_NODE) {
        const raw = normalizeSpace(sibling.textContent ?? "");
        if (!hasWords(raw)) continue;
        if (labelLike && !looksLikeQuestion(raw)) return undefined;
        const parent = sibling.parentElement;
        return make(raw, parent ? [parent] : [], "nearby");
      }
      if (!isElement(sibling)) continue;
      if (context.isOwn(sibling)) continue;
      if (context.holdsOtherField(sibling)) return undefined;
      const tag = tagOf(sibling);
      if (
        ["script", "style", "template", "noscript", "br", "hr", "input", "select", "textarea", "button"].includes(tag)
      )
        continue;
      if (context.visibility.concealment(sibling, "container", false) === "hidden") continue;
      const raw = readableText(sibling, context.visibility);
      if (!hasWords(raw)) continue;
      if (labelLike && !isLabelLike(sibling, raw)) return undefined;
      return make(raw, [sibling], "nearby");
    }
    const parent = composedParent(node);
    if (!parent || context.isBoundary(parent) || context.holdsOtherField(parent)) return undefined;
    node = parent;
  }
  return undefined;
}

/** Text right after a checkbox or radio that has no label element ("<input type=checkbox> I agree"). */
export function followingText(control: Element, context: LabelContext): LabelText | undefined {
  const parts: string[] = [];
  for (let sibling = control.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (isElement(sibling)) {
      const tag = tagOf(sibling);
      if (["input", "select", "textarea", "button", "br"].includes(tag) || context.holdsOtherField(sibling)) break;
      if (context.visibility.concealment(sibling, "container", false) === "hidden") continue;
      parts.push(readableText(sibling, context.visibility));
    } else if (sibling.nodeType === TEXT_NODE) {
      parts.push(sibling.textContent ?? "");
    }
  }
  return make(parts.join(" "), control.parentElement ? [control.parentElement] : [], "following");
}

function looksLikeQuestion(raw: string): boolean {
  const text = raw.trim();
  return text.length <= 80 || /[?:*✱]\s*$/.test(text);
}

function isLabelLike(element: Element, raw: string): boolean {
  if (looksLikeQuestion(raw)) return true;
  if (["label", "legend", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "th", "strong", "b"].includes(tagOf(element)))
    return true;
  if (element.getAttribute("role") === "heading") return true;
  return LABEL_LIKE_CLASS.test(`${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`);
}

/** The largest box around the field (a few levels up) that holds nothing but this field. */
export function ownBox(anchor: Element, context: LabelContext, maxLevels = 4): Element {
  let box = anchor;
  for (let level = 0; level < maxLevels; level++) {
    const parent = composedParent(box);
    if (!parent || context.isBoundary(parent) || context.holdsOtherField(parent)) break;
    box = parent;
  }
  return box;
}
