/**
 * Walking the composed tree (light DOM plus open shadow roots) with standard DOM APIs only, so
 * the same code runs in Chromium and in linkedom. No `instanceof HTMLElement` (the classes
 * belong to a window that tests do not have) and no `Node.ELEMENT_NODE` globals.
 */

const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
const DOCUMENT_FRAGMENT_NODE = 11;

export function isElement(node: Node | null | undefined): node is Element {
  return node?.nodeType === ELEMENT_NODE;
}

/** The element's shadow root, when it is open (closed roots are out of reach by design). */
export function shadowOf(element: Element): ShadowRoot | null {
  const root: unknown = Reflect.get(element, "shadowRoot");
  return root && typeof root === "object" ? (root as ShadowRoot) : null;
}

/** The parent in the composed tree: the parent element, or the shadow host of a shadow root's child. */
export function composedParent(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (isElement(parent)) return parent;
  if (parent.nodeType === DOCUMENT_FRAGMENT_NODE) {
    const host: unknown = Reflect.get(parent, "host");
    return isElement(host as Node | null) ? (host as Element) : null;
  }
  return null;
}

/** The element and its composed ancestors, nearest first. */
export function composedAncestors(element: Element, includeSelf = true): Element[] {
  const out: Element[] = [];
  let node: Element | null = includeSelf ? element : composedParent(element);
  while (node) {
    out.push(node);
    node = composedParent(node);
  }
  return out;
}

/** True when `inner` is `outer` or lies inside it in the composed tree. */
export function composedContains(outer: Element, inner: Element): boolean {
  let node: Element | null = inner;
  while (node) {
    if (node === outer) return true;
    node = composedParent(node);
  }
  return false;
}

/** The nearest composed ancestor (or the element itself) that matches the selector. */
export function composedClosest(element: Element, selector: string, maxDepth = 64): Element | null {
  let node: Element | null = element;
  for (let depth = 0; node && depth <= maxDepth; depth++) {
    if (safeMatches(node, selector)) return node;
    node = composedParent(node);
  }
  return null;
}

/** The lowest common composed ancestor of some elements. */
export function commonAncestor(elements: readonly Element[]): Element | null {
  const [first, ...rest] = elements;
  if (!first) return null;
  let chain = composedAncestors(first);
  for (const element of rest) {
    const mine = new Set(composedAncestors(element));
    chain = chain.filter((node) => mine.has(node));
  }
  return chain[0] ?? null;
}

/** `matches` that treats a selector the engine does not understand as "no match". */
export function safeMatches(element: Element, selector: string): boolean {
  try {
    return element.matches(selector);
  } catch {
    return false;
  }
}

/** An element by id in the same tree scope (document or shadow root) as `from`. */
export function byIdInScope(from: Element, id: string): Element | null {
  const scope = from.getRootNode();
  const getById: unknown = Reflect.get(scope, "getElementById");
  if (typeof getById === "function") {
    const found: unknown = getById.call(scope, id);
    if (isElement(found as Node | null)) return found as Element;
  }
  if ("querySelector" in scope && typeof scope.querySelector === "function") {
    return (scope as ParentNode).querySelector(`[id="${cssString(id)}"]`);
  }
  return null;
}

/** Elements in the same scope named by a space-separated id list (aria-labelledby, aria-describedby). */
export function byIdList(from: Element, ids: string | null): Element[] {
  if (!ids) return [];
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => byIdInScope(from, id))
    .filter((element): element is Element => element !== null);
}

/** Escapes a value for use inside a double-quoted CSS attribute selector. */
export function cssString(value: string): string {
  return value.replace(/["\\]/g, (c) => `\\${c}`).replace(/\n/g, "\\a ");
}

/** The element's lower-case tag name (linkedom and Chromium agree on `localName`). */
export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

/** A string-valued DOM property, falling back to the attribute when the property is missing (linkedom). */
export function stringProperty(element: Element, property: string): string | undefined {
  const value: unknown = Reflect.get(element, property);
  if (typeof value === "string") return value;
  return element.getAttribute(property) ?? undefined;
}

/** A boolean DOM property (`checked`, `selected`), falling back to the attribute. */
export function booleanProperty(element: Element, property: string): boolean {
  const value: unknown = Reflect.get(element, property);
  if (typeof value === "boolean") return value;
  return element.hasAttribute(property);
}

/** The `<html>` of the element's document (also from inside shadow roots). */
export function documentOf(node: Node): Document {
  return node.ownerDocument ?? (node as Document);
}

/** Elements under `root` (not `root` itself) matching the selector, inside open shadow roots too, in tree order. */
export function deepQueryAll(root: Element | Document | ShadowRoot, selector: string): Element[] {
  // Most pages have no open shadow root: the engine's own query is then the whole answer, and
  // far cheaper than walking every element in script (listing and filling query the page often).
  if (!hasShadowWithin(root)) {
    try {
      return Array.from(root.querySelectorAll(selector));
    } catch {
      return [];
    }
  }
  const out: Element[] = [];
  const visit = (scope: Element | Document | ShadowRoot) => {
    const host = isElement(scope as Node) ? shadowOf(scope as Element) : null;
    if (host) visit(host);
    for (const child of Array.from(scope.children)) {
      if (safeMatches(child, selector)) out.push(child);
      visit(child);
    }
  };
  visit(root);
  return out;
}

/** How long a page's "no open shadow root" stays believed: a component that attaches one later is seen within this. */
const SHADOW_CHECK_MS = 100;
const shadowless = new WeakMap<Document, number>();

/**
 * Whether `root` may hold a host of an open shadow root: false only when its document held none
 * a moment ago (looking means touching every element, and listing and filling query often).
 */
function hasShadowWithin(root: Element | Document | ShadowRoot): boolean {
  const document = documentOf(root);
  const checkedAt = shadowless.get(document);
  const now = Date.now();
  if (checkedAt !== undefined && now - checkedAt < SHADOW_CHECK_MS) return false;
  const all = document.querySelectorAll("*");
  for (let i = 0; i < all.length; i++) {
    const element = all[i];
    if (element && shadowOf(element)) {
      shadowless.delete(document);
      return true;
    }
  }
  shadowless.set(document, now);
  return false;
}
