import type { PostingSnapshot } from "@nyx/shared";

const MAX_JSON_LD_BLOCKS = 50;

/** The page's JSON-LD blocks, parsed; blocks that are not valid JSON are skipped. */
export function readJsonLd(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (blocks.length >= MAX_JSON_LD_BLOCKS) break;
    try {
      blocks.push(JSON.parse(script.textContent ?? ""));
    } catch {
      // A broken block on the page is the page's business; the server still reads the HTML.
    }
  }
  return blocks;
}

/** What the server needs to read the posting: where it is, the rendered HTML and the JSON-LD. */
export function takeSnapshot(doc: Document = document): PostingSnapshot {
  const jsonLd = readJsonLd(doc);
  return {
    url: doc.location.href,
    html: doc.documentElement.outerHTML,
    ...(jsonLd.length > 0 ? { jsonLd } : {}),
  };
}
