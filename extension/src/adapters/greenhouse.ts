import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

/** Greenhouse: the classic boards (a Rails form, select2) and the React job boards. */
export const greenhouse: SiteAdapter = {
  ...generic,
  platform: "greenhouse",
  detect: (url) => /(^|\.)greenhouse\.io$/.test(url.hostname),
  formRoot: (document) =>
    document.querySelector("#application_form, form#application-form, #application form") ?? document,
};
