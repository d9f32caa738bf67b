import {
  AppError,
  type ExtractedPosting,
  type MonitorSource,
  type Platform,
  type PostingSnapshot,
  type Salary,
} from "@nyx/shared";
import type { z } from "zod";
import { canonicalJobUrl } from "../../ingest/canonical-url.ts";

/** A posting a source lists: its canonical address and the snapshot the hunt pipeline reads. */
export interface FoundPosting {
  url: string;
  snapshot: PostingSnapshot;
}

/** What reading one source gave: the postings, and what could not be read (the source or single items). */
export interface SourceReading {
  postings: FoundPosting[];
  errors: string[];
}

/** The fields a feed states for one posting; what it leaves out the extractor fills (language, seniority, …). */
export type FeedFields = Partial<ExtractedPosting> & { platform: Platform; title: string };

/** A feed item as a posting: the extraction layer of a snapshot at the posting's canonical address. */
export function feedPosting(address: string, fields: FeedFields): FoundPosting {
  const url = canonicalJobUrl(address);
  return { url, snapshot: { url, extraction: fields } };
}

/** Items the board answered, each read on its own: a bad item is named and skipped, the others still count. */
export function readItems<T>(
  items: readonly unknown[],
  schema: z.ZodType<T>,
  toPosting: (item: T) => FoundPosting | null,
): SourceReading {
  const reading: SourceReading = { postings: [], errors: [] };
  items.forEach((raw, index) => {
    const item = schema.safeParse(raw);
    if (!item.success) {
      const fields = [...new Set(item.error.issues.map((i) => i.path.join(".") || "(item)"))].join(", ");
      reading.errors.push(`item ${index + 1}: unreadable (${fields})`);
      return;
    }
    try {
      const posting = toPosting(item.data);
      if (posting) reading.postings.push(posting);
    } catch (error) {
      reading.errors.push(`item ${index + 1}: ${error instanceof AppError ? error.message : "unreadable"}`);
    }
  });
  return reading;
}

/** The answer's top level, or an error that says what the board was expected to answer. */
export function feedBody<T>(body: unknown, schema: z.ZodType<T>, what: string): T {
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw new Error(`the answer is not ${what}`);
  return parsed.data;
}

/** The employer as the person named it, else as the feed names it, else the board name ("brinewood" → "Brinewood"). */
export function employer(source: MonitorSource, stated?: string | null): string | null {
  if (source.company) return source.company;
  if (stated?.trim()) return stated.trim();
  return source.kind === "careers" ? null : source.board.charAt(0).toUpperCase() + source.board.slice(1);
}

/** A feed's time (ISO string or epoch milliseconds) as an ISO instant; null when it is not a time. */
export function isoInstant(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A stated pay range; null without a currency or an amount. */
export function statedSalary(
  currency: string | null | undefined,
  min: number | null | undefined,
  max: number | null | undefined,
  period: Salary["period"] | null,
): Salary | null {
  const code = currency?.trim().toUpperCase() ?? "";
  if (!period || !/^[A-Z]{3}$/.test(code)) return null;
  const low = typeof min === "number" && min > 0 ? min : undefined;
  const high = typeof max === "number" && max > 0 ? max : undefined;
  if (low === undefined && high === undefined) return null;
  return {
    currency: code,
    ...(low === undefined ? {} : { min: low }),
    ...(high === undefined ? {} : { max: high }),
    period,
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
