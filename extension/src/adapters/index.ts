import type { SiteAdapter } from "./adapter.ts";
import { ashby } from "./ashby.ts";
import { generic } from "./generic.ts";
import { greenhouse } from "./greenhouse.ts";
import { indeed } from "./indeed.ts";
import { lever } from "./lever.ts";
import { linkedin } from "./linkedin.ts";
import { smartrecruiters } from "./smartrecruiters.ts";
import { workday } from "./workday.ts";

export type { SiteAdapter } from "./adapter.ts";

/** Every adapter; the generic one last, for any other site. */
export const ADAPTERS: readonly SiteAdapter[] = [
  linkedin,
  greenhouse,
  lever,
  workday,
  ashby,
  smartrecruiters,
  indeed,
  generic,
];

export function adapterFor(document: Document): SiteAdapter {
  const url = new URL(document.URL);
  return ADAPTERS.find((adapter) => adapter.detect(url, document)) ?? generic;
}
