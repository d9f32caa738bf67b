import type { FieldReport, FormDescription, PlannedField, Platform, PostingSnapshot } from "@nyx/shared";
import type { FieldHandle } from "../apply/field-handle.ts";
import type { FillContext } from "../apply/fill-field.ts";
import type { Advance } from "../apply/navigation.ts";

/**
 * A site adapter: what is particular about one applicant tracking system's pages, and nothing
 * more. Everything an adapter leaves out falls back to the generic behaviour (the generic field
 * lister, the shared fill engine, buttons read by their words), so a new site works before it has
 * an adapter and an adapter stays small. Adapters know a site's structure (its URL shapes, its
 * widget markup), never a particular employer's form.
 */
export interface SiteAdapter {
  platform: Platform;
  /** Whether this page belongs to the site. */
  detect(url: URL, document: Document): boolean;
  /** The posting as the server reads it ("Hunt this job"). */
  extract(document: Document): PostingSnapshot;
  /** Opens the application form when the page shows the posting first (an "Easy Apply" modal). */
  open?(document: Document): Promise<void>;
  /** Where the current step's form is (a modal, a form element); the document by default. */
  formRoot?(document: Document): Document | Element;
  /** Before listing a step: expand what the site hides until asked (repeated sections, banners). */
  prepare?(root: Document | Element, step: number): Promise<void>;
  /** The step's fields; the generic lister by default. */
  listFields(root: Document | Element, options: { step: number; pageUrl: string }): FormDescription;
  /** A site-specific way to fill one field; `undefined` hands it to the shared engine. */
  fill?(handle: FieldHandle, planned: PlannedField, context: FillContext): Promise<FieldReport | undefined>;
  /** After a step is filled: undo what the plan left unused (an entry `prepare` added that nothing went into). */
  settle?(root: Document | Element): Promise<void>;
  /** The way forward from this step, when the site's buttons need more than their words. */
  advance?(root: Document | Element): Advance | undefined;
  /** The site's own confirmation after submitting, when it has a known shape. */
  confirmation?(document: Document): string | undefined;
}
