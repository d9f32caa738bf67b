import { AppError, type ExtractedPosting, type PostingSnapshot } from "@nyx/shared";
import { absoluteUrl, type DomDocument, parseDocument } from "./dom.ts";
import { genericLayer } from "./generic.ts";
import { jsonLdBlocks, jsonLdLayer } from "./json-ld.ts";
import { languageFromTag } from "./language.ts";
import { extensionLayer, mergeLayers } from "./merge.ts";
import { microdataLayer } from "./microdata.ts";
import { countryFromHost } from "./places.ts";
import { containerHtml, readableHtml } from "./readability.ts";
import { siteFor } from "./sites/index.ts";
import { blockText } from "./text.ts";
import type { Layer, PageContext } from "./types.ts";

export { detectPlatform } from "./sites/index.ts";

/** The posting's own address: its canonical link when that stays on the same host. */
function postingUrlOf(doc: DomDocument | null, url: URL): URL {
  const canonical = absoluteUrl(doc?.querySelector('link[rel="canonical"]')?.getAttribute("href"), url);
  const chosen = canonical && new URL(canonical).hostname === url.hostname ? new URL(canonical) : new URL(url.href);
  chosen.hash = "";
  return chosen;
}

/** One source of evidence failing on an odd page must not stop the others; its fields come from the next. */
function safely(read: () => Layer): Layer {
  try {
    return read();
  } catch {
    return {};
  }
}

/**
 * Reads a posting snapshot. Evidence in order: the extension's own reading, JSON-LD JobPosting,
 * schema.org microdata, the site's markup rules, then Readability and generic text rules in any language.
 */
export function extractPosting(snapshot: PostingSnapshot): ExtractedPosting {
  const url = new URL(snapshot.url);
  const html = snapshot.html ?? "";
  const doc = html === "" ? null : parseDocument(html);
  const site = siteFor(url, doc);
  const ctx: PageContext = {
    url,
    postingUrl: postingUrlOf(doc, url),
    platform: site?.platform ?? "generic",
    hints: { country: site?.hostCountry?.(url) ?? null, tldCountry: countryFromHost(url.hostname) },
  };
  const layers: Layer[] = [
    extensionLayer(snapshot.extraction),
    safely(() => jsonLdLayer(jsonLdBlocks(doc, snapshot.jsonLd ?? []), ctx)),
    safely(() => microdataLayer(doc, ctx)),
    safely(() => (doc && site ? site.extract(doc, ctx) : {})),
  ];
  if (doc) {
    const known = layers.map((layer) => layer.title).find((title) => title) ?? null;
    layers.push(safely(() => genericLayer(doc, ctx, known, blockText(doc.body))));
  }
  const posting = mergeLayers(layers, ctx, {
    fallbackDescription: () => (doc ? (readableHtml(html, doc) ?? containerHtml(doc)) : null),
    pageLanguage: languageFromTag(doc?.documentElement?.getAttribute("lang")),
  });
  if (!posting) {
    throw new AppError(
      "bad_request",
      `no job posting found on this page: ${url.href} (no title in structured data, site markup or headline)`,
    );
  }
  return posting;
}
