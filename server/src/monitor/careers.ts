import type { MonitorSource, PostingSnapshot } from "@nyx/shared";
import PQueue from "p-queue";
import { absoluteUrl, all, parseDocument } from "../extract/dom.ts";
import { jobPostingNodes, jsonLdBlocks } from "../extract/json-ld.ts";
import type { Node } from "../extract/schema-org.ts";
import { canonicalJobUrl } from "../ingest/canonical-url.ts";
import type { FoundPosting, SourceReading } from "./feeds/items.ts";
import { type FetchLimits, fetchText } from "./fetch.ts";

export interface CareersLimits extends FetchLimits {
  /** Posting pages read from one careers page at most. */
  maxPages: number;
}

type CareersSource = Extract<MonitorSource, { kind: "careers" }>;

const HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5";
/** Path words of a page that is, or lists, a job. */
const JOB_PATH =
  /(?:^|[/_.-])(?:jobs?|careers?|positions?|openings?|vacanc(?:y|ies)|stellen\w*|karriere|emplois?|offres?|postings?|roles?|opportunit(?:y|ies))(?:$|[/_.-])/i;
/** A snapshot carries at most this many JSON-LD blocks. */
const MAX_BLOCKS = 50;

/**
 * A careers page: its own JobPosting JSON-LD when it has any; otherwise the posting pages it links
 * to on the same host (job-like paths first, at most `maxPages`), each kept when it carries a
 * JobPosting. A linked page that fails is named; the others still count.
 */
export async function readCareers(source: CareersSource, limits: CareersLimits): Promise<SourceReading> {
  const page = await fetchText(source.url, limits, HTML);
  const base = new URL(page.url);
  const doc = parseDocument(page.text);
  const blocks = jsonLdBlocks(doc, []).slice(0, MAX_BLOCKS);
  const own = jobPostingNodes(blocks);
  if (own.length > 0) return postingsOnPage(source, page.url, page.text, blocks, own);

  const reading: SourceReading = { postings: [], errors: [] };
  const links = postingLinks(
    all(doc, "a[href]").map((a) => a.getAttribute("href")),
    base,
  ).slice(0, limits.maxPages);
  const queue = new PQueue({ concurrency: 3 });
  const found = await Promise.all(
    links.map((link) =>
      queue.add(async () => {
        try {
          return await postingPage(source, link, base.hostname, limits);
        } catch (error) {
          reading.errors.push(error instanceof Error ? error.message : `GET ${link}: failed`);
          return null;
        }
      }),
    ),
  );
  for (const posting of found) if (posting) reading.postings.push(posting);
  return reading;
}

/** A linked page that carries a JobPosting, as the page the pipeline reads; null for any other page. */
async function postingPage(
  source: CareersSource,
  link: string,
  host: string,
  limits: FetchLimits,
): Promise<FoundPosting | null> {
  const page = await fetchText(link, limits, HTML);
  if (new URL(page.url).hostname !== host) throw new Error(`GET ${link}: redirected off the site`);
  const blocks = jsonLdBlocks(parseDocument(page.text), []);
  if (jobPostingNodes(blocks).length === 0) return null;
  return found(page.url, { url: page.url, html: page.text }, source);
}

/** JobPostings on the careers page itself: one is the page; several each need an address of their own on the site. */
function postingsOnPage(
  source: CareersSource,
  pageUrl: string,
  html: string,
  blocks: unknown[],
  nodes: Node[],
): SourceReading {
  const reading: SourceReading = { postings: [], errors: [] };
  const host = new URL(pageUrl).hostname;
  const page = stripHash(pageUrl);
  nodes.forEach((node, index) => {
    const stated = addressOf(node, pageUrl);
    const own = stated && new URL(stated).hostname === host ? stated : null;
    if (nodes.length === 1 && (own === null || own === page)) {
      reading.postings.push(found(pageUrl, { url: pageUrl, html }, source));
    } else if (own) {
      // The posting first: the extractor reads the first JobPosting when none names the address exactly.
      reading.postings.push(found(own, { url: own, jsonLd: [node, ...blocks.slice(0, MAX_BLOCKS - 1)] }, source));
    } else {
      reading.errors.push(`JobPosting ${index + 1} on ${pageUrl} names no address of its own on the site`);
    }
  });
  return reading;
}

function found(url: string, snapshot: PostingSnapshot, source: CareersSource): FoundPosting {
  return {
    url: canonicalJobUrl(url),
    snapshot: source.company ? { ...snapshot, extraction: { company: source.company } } : snapshot,
  };
}

function addressOf(node: Node, base: string): string | null {
  const value = typeof node.url === "string" ? node.url : typeof node["@id"] === "string" ? node["@id"] : null;
  const url = absoluteUrl(value, new URL(base));
  return url ? stripHash(url) : null;
}

/** Links to other pages of the same host, without repeats; job-like paths when there are any. */
export function postingLinks(hrefs: readonly (string | null)[], base: URL): string[] {
  const seen = new Set([stripHash(base.href)]);
  const likely: string[] = [];
  const other: string[] = [];
  for (const href of hrefs) {
    const absolute = absoluteUrl(href, base);
    if (!absolute) continue;
    const url = new URL(stripHash(absolute));
    if (url.hostname !== base.hostname || seen.has(url.href)) continue;
    seen.add(url.href);
    (JOB_PATH.test(url.pathname) ? likely : other).push(url.href);
  }
  return likely.length > 0 ? likely : other;
}

function stripHash(url: string): string {
  const parsed = new URL(url);
  parsed.hash = "";
  return parsed.href;
}
