import { shadowOf, tagOf } from "./dom-tree.ts";
import { inputType, isContentEditable, isCustomDropdown, isNativeField } from "./field-type.ts";
import type { Concealment } from "./honeypot-hints.ts";
import type { Visibility } from "./visibility.ts";

/**
 * One pass over the tree under the root (light DOM and open shadow roots, in order) that
 * collects what could be a field. Subtrees a person cannot see are skipped whole, and so is the
 * page's chrome: navigation, site search, the page header and footer, cookie banners.
 */

const SKIP_TAGS = new Set(
  "script style template noscript head svg math iframe object canvas option datalist".split(" "),
);
const CHROME_ROLES = new Set(["navigation", "search", "banner", "contentinfo"]);
/** Consent-management banners (cookie notices) are not part of any application form. */
const COOKIE_BANNER = /cookie|onetrust|cookiebot|usercentrics|didomi|trustarc|truste-|qc-cmp|cmp-container/i;

export interface PageScan {
  /** The element listing starts from (the document element for a document). */
  rootElement: Element;
  /** Tree order of every element visited (shadow content before the host's light children). */
  order: Map<Element, number>;
  /** Native inputs, selects and textareas, shown or hidden themselves (their boxes are shown). */
  natives: Element[];
  /** How each concealed native control is hidden (a widget may stand for it). */
  concealed: Map<Element, Concealment>;
  /** `<input type=hidden>`: only ever a field when select2 draws a dropdown over it. */
  hiddenInputs: Element[];
  /** Custom dropdowns: role=combobox, aria-haspopup=listbox, react-select controls without an input. */
  dropdowns: Element[];
  editables: Element[];
  /** Shown buttons, for Yes/No button groups. */
  buttons: Element[];
  /** role=radio / checkbox / switch elements that are not native inputs. */
  customChoices: Element[];
  listboxes: Element[];
}

export function scanPage(root: Document | Element, visibility: Visibility): PageScan | undefined {
  const rootElement = "documentElement" in root ? root.documentElement : root;
  if (!rootElement) return undefined;
  if (!("documentElement" in root) && !visibility.ancestorsShown(root)) return undefined;
  const found: PageScan = {
    rootElement,
    order: new Map(),
    natives: [],
    concealed: new Map(),
    hiddenInputs: [],
    dropdowns: [],
    editables: [],
    buttons: [],
    customChoices: [],
    listboxes: [],
  };
  const visit = (element: Element) => {
    found.order.set(element, found.order.size);
    const tag = tagOf(element);
    if (SKIP_TAGS.has(tag)) return;
    if (element !== rootElement && isPageChrome(element)) return;
    if (tag === "input" && inputType(element) === "hidden") {
      found.hiddenInputs.push(element);
      return;
    }
    if (isNativeField(element)) {
      if (isDisabled(element)) return;
      found.natives.push(element);
      const concealment = visibility.concealment(element, "self");
      if (concealment) found.concealed.set(element, concealment);
      return;
    }
    if (element !== rootElement && visibility.concealment(element, "container")) return;
    if (isContentEditable(element)) {
      found.editables.push(element);
      return;
    }
    const role = element.getAttribute("role");
    if (role === "radio" || role === "checkbox" || role === "switch") {
      if (element.getAttribute("aria-disabled") !== "true") found.customChoices.push(element);
      return;
    }
    if (role === "listbox") {
      found.listboxes.push(element);
      return;
    }
    if (isCustomDropdown(element) && !element.querySelector("input:not([type=hidden]), textarea")) {
      if (element.getAttribute("aria-disabled") !== "true" && !element.hasAttribute("disabled"))
        found.dropdowns.push(element);
      return;
    }
    if ((tag === "button" || role === "button") && !element.hasAttribute("disabled")) found.buttons.push(element);
    const shadow = shadowOf(element);
    if (shadow) for (const child of Array.from(shadow.children)) visit(child);
    for (const child of Array.from(element.children)) visit(child);
  };
  visit(rootElement);
  return found;
}

/** Navigation, site search and the page's own header/footer are not the application form. */
function isPageChrome(element: Element): boolean {
  const tag = tagOf(element);
  if (tag === "nav") return true;
  const role = element.getAttribute("role");
  if (role && CHROME_ROLES.has(role)) return true;
  const marks = `${element.getAttribute("id") ?? ""} ${element.getAttribute("class") ?? ""}`;
  if (
    COOKIE_BANNER.test(marks) &&
    (role === "dialog" ||
      role === "alertdialog" ||
      role === "region" ||
      tag === "aside" ||
      tagOf(element.parentElement ?? element) === "body")
  ) {
    return true;
  }
  if (tag === "header" || tag === "footer") {
    return !element.parentElement?.closest(
      "form, dialog, main, article, section, [role=dialog], [role=main], [role=form]",
    );
  }
  return false;
}

function isDisabled(element: Element): boolean {
  if (element.hasAttribute("disabled") || element.getAttribute("aria-disabled") === "true") return true;
  const fieldset = element.closest("fieldset[disabled]");
  if (!fieldset) return false;
  const legend = Array.from(fieldset.children).find((child) => tagOf(child) === "legend");
  return !legend?.contains(element);
}
