import { isElement, shadowOf, TEXT_NODE, tagOf } from "./dom-tree.ts";
import type { Visibility } from "./visibility.ts";

/**
 * The text a person reads in a piece of the page. Two readings:
 * - `visible`: what is on screen (skips display:none and sr-only text, keeps aria-hidden text);
 * - `accessible`: what a screen reader says (skips aria-hidden text, keeps sr-only text).
 * A label is read as `visible` first, so "Email address" shown once and repeated for screen
 * readers does not come out twice; a label that exists only for screen readers still counts.
 */

const words = (list: string) => new Set(list.trim().split(/\s+/));

const SKIP = words(`script style template noscript select option optgroup datalist textarea input button svg
  math iframe object canvas`);

const BLOCK = words(`address article aside blockquote br dd div dl dt fieldset figcaption footer form h1 h2 h3 h4
  h5 h6 header hr label legend li main nav ol p section table td th tr ul`);

const REQUIRED_MARK = /[*✱＊∗⁎]/g;
const REQUIRED_WORDS =
  /\((required|mandatory|obligatory|pflicht|pflichtfeld|erforderlich|obligatoire|requis|obligatorio|obbligatorio|verplicht)\)/gi;
/** "Fields marked * are mandatory": a legend about asterisks is not one. */
const ASTERISK_LEGEND = /marked|indicates|denotes|gekennzeichnet|markiert|signalés|marqués|obligatoires sont/i;

const MAX_TEXT = 500;

export type TextMode = "visible" | "accessible";

export interface TextOptions {
  /** Elements whose text does not count (the field itself, a widget's own button…). */
  exclude?: (element: Element) => boolean;
}

/** Raw text of a node as the mode reads it, whitespace collapsed, not cleaned. */
function textOf(node: Node, visibility: Visibility, mode: TextMode, options: TextOptions = {}): string {
  const parts: string[] = [];
  collect(node, visibility, mode, options, parts, true);
  return normalizeSpace(parts.join(""));
}

/** Visible text, or the accessible text when nothing is visible; raw (markers kept). */
export function readableText(node: Node, visibility: Visibility, options: TextOptions = {}): string {
  return textOf(node, visibility, "visible", options) || textOf(node, visibility, "accessible", options);
}

function collect(
  node: Node,
  visibility: Visibility,
  mode: TextMode,
  options: TextOptions,
  parts: string[],
  top: boolean,
): void {
  if (node.nodeType === TEXT_NODE) {
    parts.push(node.textContent ?? "");
    return;
  }
  if (!isElement(node)) {
    for (const child of Array.from(node.childNodes)) collect(child, visibility, mode, options, parts, false);
    return;
  }
  const tag = tagOf(node);
  if (SKIP.has(tag) && !top) return;
  if (options.exclude?.(node)) return;
  if (!top) {
    const concealment = visibility.concealment(node, "container", mode === "accessible");
    if (concealment === "hidden" || (concealment === "sr-only" && mode === "visible")) return;
  }
  if (tag === "img") {
    parts.push(` ${node.getAttribute("alt") ?? ""} `);
    return;
  }
  const block = BLOCK.has(tag);
  if (block) parts.push(" ");
  const shadow = shadowOf(node);
  if (shadow) {
    for (const child of Array.from(shadow.childNodes)) collectSlotted(child, node, visibility, mode, options, parts);
  } else {
    for (const child of Array.from(node.childNodes)) collect(child, visibility, mode, options, parts, false);
  }
  if (block) parts.push(" ");
}

/** Inside a shadow root, a `<slot>` shows the host's light children. */
function collectSlotted(
  node: Node,
  host: Element,
  visibility: Visibility,
  mode: TextMode,
  options: TextOptions,
  parts: string[],
): void {
  if (isElement(node) && tagOf(node) === "slot") {
    const assigned: unknown = Reflect.get(node, "assignedNodes");
    const nodes =
      typeof assigned === "function" ? (assigned.call(node, { flatten: true }) as Node[]) : Array.from(host.childNodes);
    for (const child of nodes) collect(child, visibility, mode, options, parts, false);
    return;
  }
  collect(node, visibility, mode, options, parts, false);
}

export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, " ").trim();
}

/** A label as the server should read it: no required markers, no trailing colon, not doubled, not endless. */
export function cleanLabel(raw: string): string {
  let text = normalizeSpace(raw).replace(REQUIRED_WORDS, " ").replace(REQUIRED_MARK, " ");
  text = normalizeSpace(text)
    .replace(/\s*[:：]\s*$/, "")
    .replace(/^[\s\-–—:]+/, "");
  text = undouble(text);
  return truncate(text);
}

/** True when the raw text carries a required marker: an asterisk or "(required)". */
export function hasRequiredMarker(raw: string): boolean {
  if (ASTERISK_LEGEND.test(raw)) return false;
  REQUIRED_WORDS.lastIndex = 0;
  REQUIRED_MARK.lastIndex = 0;
  const found = REQUIRED_MARK.test(raw) || REQUIRED_WORDS.test(raw);
  REQUIRED_WORDS.lastIndex = 0;
  REQUIRED_MARK.lastIndex = 0;
  return found;
}

/** True when the text has something to read (a letter or a digit), not just "*" or ":". */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** "Email address Email address" (shown once, repeated for screen readers) → "Email address". */
function undouble(text: string): string {
  if (text.length > 2 * MAX_TEXT) return text;
  const middle = text.length >> 1;
  if (text.length % 2 === 1 && text[middle] === " " && text.slice(0, middle) === text.slice(middle + 1)) {
    return text.slice(0, middle);
  }
  return text;
}

export function truncate(text: string, max = MAX_TEXT): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}
