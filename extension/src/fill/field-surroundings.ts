import { byIdList, composedContains, composedParent, deepQueryAll, safeMatches, tagOf } from "./dom-tree.ts";
import { ERROR_CLASS, HEADINGS, HELP_CLASS, type LabelContext } from "./field-label.ts";
import { cleanLabel, hasWords, readableText, truncate } from "./field-text.ts";

/** Help text for a field: what `aria-describedby` points at, and hint/help/description text in its box. */
export function hintOf(
  controls: readonly Element[],
  box: Element,
  labelSources: readonly Element[],
  label: string,
  context: LabelContext,
): string | undefined {
  const texts: string[] = [];
  const taken: Element[] = [];
  const described = new Set(controls.flatMap((control) => byIdList(control, control.getAttribute("aria-describedby"))));
  const consider = (element: Element) => {
    if (labelSources.some((source) => composedContains(source, element) || composedContains(element, source))) return;
    if (taken.some((done) => composedContains(done, element))) return;
    const marks = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (ERROR_CLASS.test(marks) || /placeholder/i.test(marks) || element.getAttribute("role") === "alert") return;
    // Text a control points at is its description even when it is there for screen readers only.
    if (!described.has(element) && !context.visibility.isShown(element)) return;
    const text = cleanLabel(readableText(element, context.visibility));
    if (!hasWords(text) || text === label || texts.includes(text)) return;
    taken.push(element);
    texts.push(text);
  };
  for (const element of described) consider(element);
  for (const element of deepQueryAll(box, "*")) {
    if (controls.some((control) => composedContains(element, control)) || context.holdsOtherField(element)) continue;
    const marks = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!HELP_CLASS.test(marks) && tagOf(element) !== "small") continue;
    if (element.querySelector("button, input, select, textarea, [role=button]")) continue;
    consider(element);
  }
  const hint = texts.join(" ");
  return hint ? truncate(hint, 300) : undefined;
}

/**
 * The heading of the part of the form the field is in: the nearest heading (or legend of an
 * enclosing fieldset) above it, inside `boundary`. Headings inside earlier groups of fields
 * belong to those groups, and the legend that labels the field itself is not its section.
 */
export function sectionOf(
  anchor: Element,
  boundary: Element | null,
  label: string,
  context: LabelContext,
): string | undefined {
  const seen = label.toLowerCase();
  let node: Element | null = anchor;
  while (node && node !== boundary) {
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
      const isLegend = tagOf(sibling) === "legend";
      if (isLegend) {
        const fieldset = sibling.parentElement;
        if (!fieldset || !context.holdsOtherField(fieldset)) continue;
      } else if (!context.visibility.isShown(sibling) || context.holdsOtherField(sibling) || context.isOwn(sibling)) {
        continue;
      }
      const heading =
        isLegend || safeMatches(sibling, HEADINGS)
          ? sibling
          : deepQueryAll(sibling, HEADINGS)
              .filter((h) => tagOf(h) !== "legend" && context.visibility.isShown(h))
              .pop();
      if (!heading) continue;
      const text = cleanLabel(readableText(heading, context.visibility));
      // A heading the label already says ("From" of "From (Month)") is the field's own, not its section.
      const lower = text.toLowerCase();
      const own = seen === lower || seen.startsWith(`${lower} `) || seen.startsWith(`${lower}:`);
      if (hasWords(text) && !own) return truncate(text, 200);
    }
    node = composedParent(node);
  }
  return undefined;
}
