import { listFields } from "../fill/list-fields.ts";
import type { SiteAdapter } from "./adapter.ts";
import { filesInFormModel } from "./files-in-form-model.ts";
import { generic } from "./generic.ts";

/**
 * SmartRecruiters: the one-click UI of `spl-*` web components in open shadow roots, two steps.
 * Each field of the form model sits in an Angular `[formcontrolname]` host; the "autofill with
 * your resume" drop zone does not, so the CV goes to the résumé control only.
 */
export const smartrecruiters: SiteAdapter = {
  ...generic,
  platform: "smartrecruiters",
  detect: (url) => /(^|\.)smartrecruiters\.com$/.test(url.hostname),
  listFields: (root, options) => filesInFormModel(listFields(root, options), root, "[formcontrolname]"),
};
