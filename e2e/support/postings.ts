import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";

export const GREENHOUSE_HTML = fileURLToPath(
  new URL("../../../shared/fixtures/postings/greenhouse/index.html", import.meta.url),
);

/** The address a fixture page says it lives at (its `<link rel="canonical">`). */
export function canonicalUrl(htmlPath: string): string {
  const href = readFileSync(htmlPath, "utf8").match(/<link rel="canonical" href="([^"]+)"/)?.[1];
  if (href === undefined) throw new Error(`${htmlPath} has no canonical link`);
  return href;
}

/**
 * Serves saved posting pages from disk at their real addresses; every other request to the internet
 * is aborted (the Nyx server on 127.0.0.1 is not a page request and stays reachable).
 */
export async function servePostings(context: BrowserContext, pages: Record<string, string>): Promise<void> {
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort("internetdisconnected"));
  for (const [url, path] of Object.entries(pages)) {
    await context.route(url, (route) => route.fulfill({ status: 200, contentType: "text/html", path }));
  }
}
