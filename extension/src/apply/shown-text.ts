/**
 * The text an element shows, including what web components project into it: a design-system
 * button (`<spl-button>Next</spl-button>`) renders `<button><slot></slot></button>` in its shadow
 * root, so the inner button's own `textContent` is empty while the person reads "Next".
 */
export function shownTextOf(element: Element): string {
  let text = "";
  const visit = (node: Node) => {
    if (node.nodeType === 3) {
      text += node.textContent ?? "";
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (el.localName === "slot") {
      const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
      for (const child of assigned.length > 0 ? assigned : Array.from(el.childNodes)) visit(child);
      return;
    }
    if (el.localName === "style" || el.localName === "script") return;
    for (const child of Array.from(el.childNodes)) visit(child);
  };
  visit(element);
  return text.replace(/\s+/g, " ").trim();
}
