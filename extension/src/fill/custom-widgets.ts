import type { FieldOption } from "@nyx/shared";
import { byIdInScope, composedAncestors, deepQueryAll, tagOf } from "./dom-tree.ts";
import { hasWords, normalizeSpace, readableText } from "./field-text.ts";
import { inputType } from "./field-type.ts";
import type { Visibility } from "./visibility.ts";

/**
 * Widgets that stand for, or replace, native controls:
 * - a visible dropdown drawn over a hidden native `<select>` (select2, chosen, Choices.js…) or,
 *   for select2, over a hidden `<input>` filled by a remote search;
 * - an "Attach" button, link or drop zone in front of a hidden `<input type=file>`;
 * - a pair of Yes/No buttons (Ashby) that replaces a radio group, often mirrored into a hidden
 *   checkbox that carries the field's name.
 */

const WIDGET_CLASS = /select|chosen|choice|combo|dropdown|picker|ts-wrapper|multiselect/i;
const UPLOAD_CLASS = /drop|upload|attach|file/i;
const INTERACTIVE = "a[href], a[class], button, [role=button], [role=combobox], [aria-haspopup], [tabindex]";

/** The visible widget a concealed native `<select>` (or select2's hidden `<input>`) hides behind. */
export function selectStandIn(control: Element, visibility: Visibility): Element | undefined {
  const hiddenInput = tagOf(control) === "input";
  const candidates: (Element | null)[] = [];
  if (control.id) candidates.push(byIdInScope(control, `s2id_${control.id}`));
  candidates.push(control.previousElementSibling, control.nextElementSibling);
  for (const candidate of candidates) {
    if (!candidate || !visibility.isShown(candidate)) continue;
    const className = candidate.getAttribute("class") ?? "";
    if (hiddenInput ? /select2/i.test(className) : looksLikeDropdown(candidate)) return candidate;
  }
  if (hiddenInput) return undefined;
  // Choices.js and the like keep the select inside their own box.
  const parent = control.parentElement;
  if (parent && WIDGET_CLASS.test(parent.getAttribute("class") ?? "") && visibility.isShown(parent)) {
    const handle = Array.from(parent.querySelectorAll(INTERACTIVE)).find((element) => element !== control);
    if (handle) return parent;
  }
  return undefined;
}

function looksLikeDropdown(element: Element): boolean {
  if (WIDGET_CLASS.test(element.getAttribute("class") ?? "")) return true;
  if (element.getAttribute("role") === "combobox" || element.hasAttribute("aria-haspopup")) return true;
  return element.querySelector("[role=combobox], [aria-haspopup]") !== null;
}

/**
 * The visible thing a person uses to choose a file for a concealed `<input type=file>`: its
 * label, or a button / link / drop zone close by (up to three levels up, in a box that holds no
 * other field to type into).
 */
export function fileStandIn(input: Element, visibility: Visibility): Element | undefined {
  const labels: Element[] = [];
  if (input.id) {
    const scope = input.getRootNode();
    if ("querySelectorAll" in scope && typeof scope.querySelectorAll === "function") {
      labels.push(
        ...Array.from((scope as ParentNode).querySelectorAll("label[for]")).filter(
          (l) => l.getAttribute("for") === input.id,
        ),
      );
    }
  }
  const wrapping = input.closest("label");
  if (wrapping) labels.push(wrapping);
  for (const label of labels) {
    if (visibility.isShown(label) && hasWords(readableText(label, visibility))) return label;
  }
  const ancestors = composedAncestors(input, false).slice(0, 3);
  for (const ancestor of ancestors) {
    if (["form", "body", "html", "dialog"].includes(tagOf(ancestor)) || ancestor.getAttribute("role") === "dialog")
      break;
    // A box with another file input holds that input's button too.
    if (deepQueryAll(ancestor, "input[type=file]").some((other) => other !== input)) break;
    const others = deepQueryAll(ancestor, "input, select, textarea").filter(
      (other) =>
        other !== input &&
        !["hidden", "file", "checkbox", "radio"].includes(inputType(other)) &&
        visibility.isShown(other),
    );
    if (others.length > 0) return undefined;
    const handle = deepQueryAll(ancestor, `${INTERACTIVE}, label, [class]`).find(
      (element) =>
        element !== input &&
        !element.contains(input) &&
        (tagOf(element) !== "div" || UPLOAD_CLASS.test(element.getAttribute("class") ?? "")) &&
        (element.matches(INTERACTIVE) || UPLOAD_CLASS.test(element.getAttribute("class") ?? "")) &&
        visibility.isShown(element),
    );
    if (handle) return handle;
  }
  return undefined;
}

const YES = new Set(["yes", "ja", "oui", "si", "sí", "sim", "tak", "da", "ano", "igen", "kyllä", "evet", "sì", "да"]);
const NO = new Set(["no", "nein", "non", "não", "nao", "nee", "nie", "nej", "ne", "nem", "ei", "hayır", "нет"]);
const ACTIVE_CLASS = /(^|[-_\s])(active|selected|checked|pressed|is-active|is-selected)([-_\s]|$)/i;

export interface ButtonChoice {
  /** The box holding the buttons (and the hidden input that mirrors the answer, if any). */
  container: Element;
  buttons: Element[];
  options: FieldOption[];
  /** The hidden input inside the box that carries the field's name. */
  mirror: Element | undefined;
  /** The option of the button that shows as chosen. */
  current: string | undefined;
}

/**
 * Groups of 2–4 sibling buttons that answer one question: a Yes/No pair (in several
 * languages), or toggle buttons that all carry `aria-pressed`.
 */
export function buttonChoices(buttons: readonly Element[], visibility: Visibility): ButtonChoice[] {
  const byParent = new Map<Element, Element[]>();
  for (const button of buttons) {
    const parent = button.parentElement;
    if (!parent) continue;
    byParent.set(parent, [...(byParent.get(parent) ?? []), button]);
  }
  const groups: ButtonChoice[] = [];
  for (const [container, members] of byParent) {
    if (members.length < 2 || members.length > 4) continue;
    if (
      members.some(
        (button) => tagOf(button) === "button" && inputType(button) === "submit" && button.hasAttribute("type"),
      )
    )
      continue;
    const texts = members.map((button) => normalizeSpace(readableText(button, visibility)));
    if (texts.some((text) => !text || text.length > 40)) continue;
    const words = texts.map((text) => text.toLowerCase().replace(/[^\p{L}]/gu, ""));
    const yesNo = members.length === 2 && words.some((w) => YES.has(w)) && words.some((w) => NO.has(w));
    const toggles = members.every((button) => button.hasAttribute("aria-pressed"));
    if (!yesNo && !toggles) continue;
    const mirrors = Array.from(container.querySelectorAll("input[name]")).filter((input) => !members.includes(input));
    const current = members.findIndex(
      (button) =>
        button.getAttribute("aria-pressed") === "true" ||
        button.getAttribute("aria-checked") === "true" ||
        ACTIVE_CLASS.test(button.getAttribute("class") ?? ""),
    );
    groups.push({
      container,
      buttons: members,
      options: texts.map((text) => ({ value: text, label: text })),
      mirror: mirrors.length === 1 ? mirrors[0] : undefined,
      current: current >= 0 ? texts[current] : undefined,
    });
  }
  return groups;
}
