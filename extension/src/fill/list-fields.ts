import type { FormDescription, FormField } from "@nyx/shared";
import { anchorOf, describeField } from "./describe-field.ts";
import { commonAncestor, composedAncestors, composedParent, documentOf, safeMatches, tagOf } from "./dom-tree.ts";
import { draftFields, type FieldDraft } from "./field-drafts.ts";
import type { LabelContext } from "./field-label.ts";
import { languageOf } from "./language.ts";
import { scanPage } from "./scan-page.ts";
import { Visibility } from "./visibility.ts";

/**
 * The field lister: turns the application form under `root` into a `FormDescription` (plain
 * fields, no DOM) for the server's fill planner. Generic by design (no site names, ids or
 * labels): it finds the fields a person can see and use, with or without a `<form>`, inside
 * open shadow roots, behind custom widgets (select2, react-select, Attach buttons, Yes/No
 * buttons), and describes each with its question, options, hints and current value.
 *
 * What it leaves out: hidden inputs, anything hidden (display:none, visibility, `hidden`,
 * aria-hidden, inert) or only there for machines (transparent, ≤1px, clipped, off-screen),
 * disabled controls, and the page's own chrome (navigation, search, page header/footer).
 * A hidden native select or file input is listed when a visible widget stands for it.
 * Each field's `ref` is a `data-nyx-ref` mark on its elements; see `field-ref.ts`.
 */

export interface ListFieldsOptions {
  /** The step (page) of a multi-step form being listed; 0 for a single page. */
  step?: number;
  /** The page's address; defaults to the document's URL. */
  pageUrl?: string;
}

export function listFields(root: Document | Element, options: ListFieldsOptions = {}): FormDescription {
  const step = options.step ?? 0;
  if (!Number.isInteger(step) || step < 0)
    throw new TypeError(`listFields: step must be a whole number ≥ 0, got ${step}`);
  const document = documentOf(root);
  const pageUrl = options.pageUrl ?? documentUrl(document);
  let visibility = new Visibility(document);
  let fields = describe(root, visibility, step);
  if (fields.length === 0 && visibility.ariaHiddenUsed) {
    // A modal library may have set aria-hidden on the page behind it while the form is open:
    // when honouring aria-hidden leaves nothing, list again without it.
    visibility = new Visibility(document, { ariaHiddenHides: false });
    fields = describe(root, visibility, step);
  }
  const formText = fields.flatMap((field) => [field.label, ...(field.options ?? []).map((o) => o.label)]).join(" ");
  const language = languageOf(root, formText);
  return { pageUrl, ...(language ? { language } : {}), step, fields };
}

function documentUrl(document: Document): string {
  const url: unknown = Reflect.get(document, "URL");
  if (typeof url === "string" && /^[a-z][\w+.-]*:/i.test(url)) return url;
  const href: unknown = Reflect.get(document.location ?? {}, "href");
  return typeof href === "string" && href ? href : "about:blank";
}

function describe(root: Document | Element, visibility: Visibility, step: number): FormField[] {
  const found = scanPage(root, visibility);
  if (!found) return [];
  const drafts = draftFields(found, visibility);

  // Which fields each element holds, to tell "this field's box" from "a box around several fields".
  const holders = new Map<Element, Set<FieldDraft>>();
  for (const draft of drafts) {
    for (const element of draft.extent) {
      for (const ancestor of composedAncestors(element)) {
        let set = holders.get(ancestor);
        if (!set) {
          set = new Set();
          holders.set(ancestor, set);
        }
        set.add(draft);
      }
    }
  }
  const anchors = drafts.map((draft) => anchorOf(draft));
  const region = commonAncestor(anchors);
  const sectionBoundary = region ? composedParent(region) : null;
  const rootElement = found.rootElement;

  return drafts.map((draft, index) => {
    const context: LabelContext = {
      visibility,
      holdsOtherField: (element) => [...(holders.get(element) ?? [])].some((other) => other !== draft),
      isOwn: (element) => holders.get(element)?.has(draft) === true,
      isBoundary: (element) =>
        element === rootElement ||
        ["form", "body", "html", "dialog"].includes(tagOf(element)) ||
        safeMatches(element, "[role=dialog], [role=form]"),
    };
    return describeField(draft, anchors[index] ?? draft.primary, context, sectionBoundary, step);
  });
}
