import { readdirSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { looksLikePosting } from "../entrypoints/hunt.content/detect-posting.ts";
import { readJsonLd } from "../entrypoints/hunt.content/snapshot.ts";

const FIXTURES = new URL("../../../shared/fixtures/", import.meta.url);

/** A saved page as the content script sees it at `url` (or at the address it names as canonical). */
function page(path: string, url?: string) {
  const html = readFileSync(new URL(path, FIXTURES), "utf8");
  const { document } = parseHTML(html);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href");
  const address = url ?? canonical;
  if (!address) throw new Error(`${path} names no address`);
  return { url: new URL(address), document };
}

const postings = readdirSync(new URL("postings/", FIXTURES), { withFileTypes: true }).filter((d) => d.isDirectory());

describe("which pages get the Hunt this job button", () => {
  it.each(postings.map((d) => d.name))("the %s posting, at its own address", (name) => {
    const { url, document } = page(`postings/${name}/index.html`);
    expect(looksLikePosting(url, readJsonLd(document), document)).toBe(true);
  });

  it("a classic boards.greenhouse.io posting", () => {
    const { document } = page("postings/greenhouse/index.html");
    const url = new URL("https://boards.greenhouse.io/quillstone/jobs/4801234005");
    expect(looksLikePosting(url, readJsonLd(document), document)).toBe(true);
  });

  it("not the LinkedIn search results, nor a careers list, nor a page without an apply link", () => {
    const search = page("linkedin/search-ml-zurich/index.html");
    expect(looksLikePosting(search.url, readJsonLd(search.document), search.document)).toBe(false);
    const list = parseHTML("<h1>Offene Stellen</h1><a href='/karriere/stellenangebote/x'>Engineer</a>").document;
    expect(looksLikePosting(new URL("https://example.de/karriere"), [], list)).toBe(false);
    const article = parseHTML("<h1>Our careers blog</h1><p>Read more</p>").document;
    expect(looksLikePosting(new URL("https://example.com/careers/life-at-example"), [], article)).toBe(false);
  });
});
