import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

/** SmartRecruiters: the one-click UI of web components in open shadow roots, two steps. */
export const smartrecruiters: SiteAdapter = {
  ...generic,
  platform: "smartrecruiters",
  detect: (url) => /(^|\.)smartrecruiters\.com$/.test(url.hostname),
};
