import type { MonitorSource } from "@nyx/shared";
import { type CareersLimits, readCareers } from "./careers.ts";
import { ashbyFeedUrl, readAshby } from "./feeds/ashby.ts";
import { greenhouseFeedUrl, readGreenhouse } from "./feeds/greenhouse.ts";
import type { SourceReading } from "./feeds/items.ts";
import { leverFeedUrl, readLever } from "./feeds/lever.ts";
import { fetchText } from "./fetch.ts";

type BoardKind = Exclude<MonitorSource["kind"], "careers">;

const BOARDS: Record<
  BoardKind,
  { url: (board: string) => string; read: (body: unknown, source: MonitorSource) => SourceReading }
> = {
  greenhouse: { url: greenhouseFeedUrl, read: readGreenhouse },
  lever: { url: leverFeedUrl, read: readLever },
  ashby: { url: ashbyFeedUrl, read: readAshby },
};

/** Where a source is read: the board's public API (or the list's `feedUrl`), or the careers page. */
export function sourceUrl(source: MonitorSource): string {
  return source.kind === "careers" ? source.url : (source.feedUrl ?? BOARDS[source.kind].url(source.board));
}

/**
 * Reads one source into postings. Throws when the source as a whole cannot be read (HTTP error,
 * timeout, not JSON, not the board's shape); a single bad item is named in `errors` instead.
 */
export async function readSource(source: MonitorSource, limits: CareersLimits): Promise<SourceReading> {
  if (source.kind === "careers") return readCareers(source, limits);
  const url = sourceUrl(source);
  const { text } = await fetchText(url, limits, "application/json");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new Error(`GET ${url}: the answer is not JSON`);
  }
  try {
    return BOARDS[source.kind].read(body, source);
  } catch (error) {
    throw new Error(`GET ${url}: ${error instanceof Error ? error.message : "unreadable"}`);
  }
}
