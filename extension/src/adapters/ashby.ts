import { listFields } from "../fill/list-fields.ts";
import type { SiteAdapter } from "./adapter.ts";
import { filesInFormModel } from "./files-in-form-model.ts";
import { generic } from "./generic.ts";

/** Every question of an Ashby application form is one field entry, keyed by its path. */
const FIELD_ENTRY = ".ashby-application-form-field-entry, [data-field-path]";

/**
 * Ashby: a React form without a <form> element, Yes/No buttons, pick-only autocompletes. The CV
 * goes to the form's own résumé entry, never to an "autofill from resume" zone above the form.
 */
export const ashby: SiteAdapter = {
  ...generic,
  platform: "ashby",
  detect: (url) => url.hostname === "jobs.ashbyhq.com",
  listFields: (root, options) => filesInFormModel(listFields(root, options), root, FIELD_ENTRY),
};
