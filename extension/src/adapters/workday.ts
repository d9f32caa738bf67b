import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";

/** Workday: several steps, listbox buttons, prompts, spinbutton dates, repeated sections. */
export const workday: SiteAdapter = {
  ...generic,
  platform: "workday",
  detect: (url) => /\.myworkdayjobs\.com$|\.myworkday\.com$/.test(url.hostname),
};
