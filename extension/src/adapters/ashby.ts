import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

/** Ashby: a React form without a <form> element, Yes/No buttons, pick-only autocompletes. */
export const ashby: SiteAdapter = {
  ...generic,
  platform: "ashby",
  detect: (url) => url.hostname === "jobs.ashbyhq.com",
};
