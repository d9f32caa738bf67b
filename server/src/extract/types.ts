import type { EmploymentType, ExtractedPosting, Platform, RemoteMode, Salary } from "@nyx/shared";
import type { DomDocument } from "./dom.ts";
import type { PlaceHints } from "./places.ts";

/** What one source of evidence (JSON-LD, microdata, a site's markup, generic rules) says about the posting. */
export interface Layer {
  title?: string | null;
  company?: string | null;
  /** The location as shown, parsed into city/country unless the layer gives those itself. */
  locationRaw?: string | null;
  city?: string | null;
  country?: string | null;
  remote?: RemoteMode | null;
  employmentType?: EmploymentType | null;
  department?: string | null;
  postedAt?: string | null;
  salary?: Salary | null;
  descriptionHtml?: string | null;
  applyUrl?: string | null;
  quickApply?: boolean;
  seniority?: ExtractedPosting["seniority"];
  language?: string | null;
}

export interface PageContext {
  /** The address the snapshot was taken at. */
  url: URL;
  /** The posting's own address: the canonical link when it is on the same host, else the snapshot's. */
  postingUrl: URL;
  platform: Platform;
  hints: PlaceHints;
}

/** Per-site rules: which hosts are the site's, how its pages look, and what its markup says. */
export interface Site {
  platform: Exclude<Platform, "generic">;
  matches(url: URL): boolean;
  /** Whether a page on another host is built by this site (an embedded board). */
  detect(doc: DomDocument): boolean;
  /** A country that is certain from the host (a job board's country site). */
  hostCountry?(url: URL): string | null;
  extract(doc: DomDocument, ctx: PageContext): Layer;
}
