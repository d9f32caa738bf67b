import { composedClosest } from "../fill/dom-tree.ts";
import { resolveRef } from "../fill/field-ref.ts";
import { listFields } from "../fill/list-fields.ts";
import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

/** The form model's controls: each field of the one-click form sits in an Angular `[formcontrolname]` host. */
const FORM_CONTROL = "[formcontrolname]";

/**
 * SmartRecruiters: the one-click UI of `spl-*` web components in open shadow roots, two steps.
 * Its "autofill with your resume" drop zone is not a field: it parses the CV and overwrites the
 * personal details, so only the résumé control of the form model gets the upload.
 */
export const smartrecruiters: SiteAdapter = {
  ...generic,
  platform: "smartrecruiters",
  detect: (url) => /(^|\.)smartrecruiters\.com$/.test(url.hostname),
  listFields(root, options) {
    const form = listFields(root, options);
    const inModel = (ref: string) => resolveRef(root, ref).some((el) => composedClosest(el, FORM_CONTROL) !== null);
    const files = form.fields.filter((field) => field.type === "file");
    if (!files.some((field) => inModel(field.ref))) return form;
    return { ...form, fields: form.fields.filter((field) => field.type !== "file" || inModel(field.ref)) };
  },
};
