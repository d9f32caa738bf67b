import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

/** Lever: one page, résumé parsing that pre-fills fields after the upload, cards of custom questions. */
export const lever: SiteAdapter = {
  ...generic,
  platform: "lever",
  detect: (url) => url.hostname === "jobs.lever.co" || url.hostname.endsWith(".lever.co"),
  formRoot: (document) => document.querySelector("#application-form, form.application-form") ?? document,
};
