import { composedParent, documentOf, tagOf } from "./dom-tree.ts";
import { boxConcealment, type Concealment, type ConcealmentRole, styleConcealment } from "./honeypot-hints.ts";
import { StaticStyles } from "./style-rules.ts";

/**
 * Can a person see this element? Two engines behind one question:
 * - In a rendered page (Chromium) the browser answers: `getComputedStyle`, `checkVisibility`
 *   and the element's box.
 * - Without layout (linkedom, tests) the answer comes from attributes and from the page's own
 *   `<style>` blocks and `style` attributes (see `style-rules.ts` for what that cannot see), plus
 *   the usual utility class names (`sr-only`, `visually-hidden`, `hidden`, `d-none`) and the
 *   hiding classes of select2 / chosen, for pages whose stylesheet is not inline. Limits: no
 *   external stylesheets, no media queries, no layout (an element pushed out of view by its
 *   parent's box, or covered by another element, still counts as seen).
 * Both engines share the attribute rules: `hidden`, `type=hidden`, `inert`, `aria-hidden="true"`,
 * a closed `<dialog>` or `<details>`.
 */

const SR_ONLY_CLASS =
  /(^|\s)(sr-only|visually-hidden|visuallyhidden|screen-reader-only|screen-reader-text|a11y-hidden|u-visually-hidden|hidden-visually|visually_hidden|offscreen|select2-offscreen|select2-hidden-accessible|chosen-hidden-accessible)(\s|$)/i;
const HIDDEN_CLASS = /(^|\s)(hidden|d-none|is-hidden|hide|invisible|display-none)(\s|$)/i;
const ASTERISK = /[*✱＊∗⁎]/;

export interface VisibilityOptions {
  /** Treat `aria-hidden="true"` as hiding (default). Off only to recover from a modal backdrop. */
  ariaHiddenHides?: boolean;
}

export class Visibility {
  private readonly staticStyles = new StaticStyles();
  private readonly computed: boolean;
  private readonly ariaHiddenHides: boolean;
  private readonly shownCache = new WeakMap<Element, boolean>();
  /** Set when an `aria-hidden` container hid something (see `ariaHiddenHides`). */
  ariaHiddenUsed = false;

  constructor(document: Document, options: VisibilityOptions = {}) {
    const view = document.defaultView;
    const html = document.documentElement;
    this.computed = Boolean(
      view &&
        typeof view.getComputedStyle === "function" &&
        html &&
        typeof Reflect.get(html, "checkVisibility") === "function",
    );
    this.ariaHiddenHides = options.ariaHiddenHides ?? true;
  }

  /**
   * How the element itself is kept out of sight, if it is. `role` says whether it is the field
   * (`self`: any tiny box counts) or something around fields (`container`: a tiny box counts only
   * when it also clips its overflow). `aria` decides whether `aria-hidden` counts.
   */
  concealment(element: Element, role: ConcealmentRole, aria = true): Concealment | undefined {
    if (element.hasAttribute("hidden") || element.hasAttribute("inert")) return "hidden";
    const tag = tagOf(element);
    if (tag === "input" && element.getAttribute("type")?.toLowerCase() === "hidden") return "hidden";
    if (aria && this.ariaHiddenHides && element.getAttribute("aria-hidden") === "true") {
      this.ariaHiddenUsed = true;
      return "hidden";
    }
    if (tag === "dialog" && !element.hasAttribute("open")) return "hidden";
    const parent = element.parentElement;
    if (parent && tagOf(parent) === "details" && !parent.hasAttribute("open") && tag !== "summary") return "hidden";
    return this.computed ? this.computedConcealment(element, role) : this.staticConcealment(element, role);
  }

  /** The element and every composed ancestor are free of concealment (aria-hidden included). */
  isShown(element: Element): boolean {
    const cached = this.shownCache.get(element);
    if (cached !== undefined) return cached;
    const parent = composedParent(element);
    const shown = !this.concealment(element, "container") && (!parent || this.isShown(parent));
    this.shownCache.set(element, shown);
    return shown;
  }

  /** True when the ancestors (not the element) are all free of concealment. */
  ancestorsShown(element: Element): boolean {
    const parent = composedParent(element);
    return !parent || this.isShown(parent);
  }

  /** An asterisk drawn by CSS (`label.required::after { content: " *" }`). */
  hasPseudoAsterisk(element: Element): boolean {
    for (const pseudo of ["before", "after"] as const) {
      const content = this.computed
        ? this.computedPseudo(element, pseudo)
        : this.staticStyles.pseudoContent(element, pseudo);
      if (content && content !== "none" && content !== "normal" && ASTERISK.test(content)) return true;
    }
    return false;
  }

  private staticConcealment(element: Element, role: ConcealmentRole): Concealment | undefined {
    const style = this.staticStyles.styleOf(element);
    const found = styleConcealment((property) => style.get(property), role);
    if (found) return found;
    const className = element.getAttribute("class") ?? "";
    if (!className || style.has("display")) return undefined;
    if (HIDDEN_CLASS.test(className)) return "hidden";
    if (SR_ONLY_CLASS.test(className)) return "sr-only";
    return undefined;
  }

  private computedConcealment(element: Element, role: ConcealmentRole): Concealment | undefined {
    const view = documentOf(element).defaultView;
    if (!view) return undefined;
    const style = view.getComputedStyle(element);
    const found = styleConcealment((property) => style.getPropertyValue(property).toLowerCase() || undefined, role);
    if (found) return found;
    if (style.display === "contents") return undefined;
    const check: unknown = Reflect.get(element, "checkVisibility");
    if (role === "self" && typeof check === "function") {
      if (!check.call(element, { checkVisibilityCSS: true })) return "hidden";
      if (!check.call(element, { checkOpacity: true })) return "sr-only";
    }
    const rect = element.getBoundingClientRect();
    const overflow = `${style.overflowX} ${style.overflowY}`;
    return boxConcealment(rect, { x: view.scrollX, y: view.scrollY }, role, /hidden|clip/.test(overflow));
  }

  private computedPseudo(element: Element, pseudo: "before" | "after"): string | undefined {
    const view = documentOf(element).defaultView;
    return view?.getComputedStyle(element, `::${pseudo}`).content;
  }
}
