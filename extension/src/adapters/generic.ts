import { takeSnapshot } from "../../entrypoints/hunt.content/snapshot.ts";
import { listFields } from "../fill/list-fields.ts";
import type { SiteAdapter } from "./adapter.ts";

/** Any form in any language: labels from label[for], aria-labelledby, aria-label and nearby text. */
export const generic: SiteAdapter = {
  platform: "generic",
  detect: () => true,
  extract: (document) => takeSnapshot(document),
  listFields: (root, options) => listFields(root, options),
};
