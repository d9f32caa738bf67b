import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

/** Indeed: the posting page and the "smart apply" steps. */
export const indeed: SiteAdapter = {
  ...generic,
  platform: "indeed",
  detect: (url) => /(^|\.)indeed\.[a-z.]+$/.test(url.hostname),
};
