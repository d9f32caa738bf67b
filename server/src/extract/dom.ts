import { createRequire } from "node:module";

/**
 * linkedom is loaded the first time a page is parsed, not when the server starts: it is one of the
 * larger libraries, and a server that only applies from the queue may never parse a page.
 */
const requireHere = createRequire(import.meta.url);
let linkedom: typeof import("linkedom") | undefined;
function parseHTML(html: string) {
  linkedom ??= requireHere("linkedom") as typeof import("linkedom");
  return linkedom.parseHTML(html);
}

/** The small part of the DOM the extractor reads; linkedom's own typings resolve to `any` without lib.dom. */
export interface DomNode {
  readonly nodeType: number;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly innerHTML: string;
  readonly outerHTML: string;
  readonly parentElement: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  readonly attributes: ArrayLike<{ readonly name: string; readonly value: string }>;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  closest(selectors: string): DomElement | null;
  remove(): void;
}

export interface DomDocument {
  readonly title: string;
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selectors: string): DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Parses a whole page. */
export function parseDocument(html: string): DomDocument {
  const { document } = parseHTML(html);
  return document;
}

/** Parses an HTML fragment into the body of an otherwise empty page. */
export function parseFragment(html: string): DomElement | null {
  return parseDocument(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`).body;
}

/** Collapses every run of whitespace (including no-break spaces) into one space. */
export function normalizeSpace(value: string): string {
  return value.replace(/[\s\u00a0\u2007\u202f\u200b]+/g, " ").trim();
}

/** An element's text with whitespace collapsed; null when it has none. */
export function textOf(element: DomElement | null | undefined): string | null {
  if (!element) return null;
  const text = normalizeSpace(element.textContent ?? "");
  return text === "" ? null : text;
}

export function all(root: DomDocument | DomElement, selectors: string): DomElement[] {
  return Array.from(root.querySelectorAll(selectors));
}

/** The first element matching any of the selectors, tried in order. */
export function first(root: DomDocument | DomElement, selectors: readonly string[]): DomElement | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** The text of the first matching element that has text. */
export function firstText(root: DomDocument | DomElement, selectors: readonly string[]): string | null {
  for (const selector of selectors) {
    for (const element of all(root, selector)) {
      const text = textOf(element);
      if (text) return text;
    }
  }
  return null;
}

export function meta(doc: DomDocument, key: string): string | null {
  const element = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = element?.getAttribute("content");
  return content ? normalizeSpace(content) || null : null;
}

/** An absolute http(s) URL for an href on the page, or null for fragments, scripts and mail links. */
export function absoluteUrl(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (trimmed === "" || trimmed.startsWith("#")) return null;
  try {
    const url = new URL(trimmed, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The href of the first matching link that resolves to a usable URL. */
export function firstHref(root: DomDocument | DomElement, selectors: readonly string[], base: URL): string | null {
  for (const selector of selectors) {
    for (const element of all(root, selector)) {
      const url = absoluteUrl(element.getAttribute("href"), base);
      if (url) return url;
    }
  }
  return null;
}
