import type { Platform } from "@nyx/shared";
import type { DomDocument } from "../dom.ts";
import type { Site } from "../types.ts";
import { ashby } from "./ashby.ts";
import { greenhouse } from "./greenhouse.ts";
import { indeed } from "./indeed.ts";
import { lever } from "./lever.ts";
import { linkedin } from "./linkedin.ts";
import { smartrecruiters } from "./smartrecruiters.ts";
import { workday } from "./workday.ts";

/** Every site with its own rules; a new site is one file here and one line in this list. */
export const SITES: readonly Site[] = [linkedin, greenhouse, lever, workday, ashby, indeed, smartrecruiters];

/** The platform a posting lives on, from the host name alone. */
export function detectPlatform(url: URL): Platform {
  return SITES.find((site) => site.matches(url))?.platform ?? "generic";
}

/** The site whose rules apply: by host, else by page structure (a board embedded on the employer's domain). */
export function siteFor(url: URL, doc: DomDocument | null): Site | null {
  return SITES.find((site) => site.matches(url)) ?? (doc ? (SITES.find((site) => site.detect(doc)) ?? null) : null);
}
