import type { Db } from "@nyx/db";
import { AppError, type BulkItem, type BulkRequest, type BulkResult, LinkedInCard } from "@nyx/shared";
import { parse } from "csv-parse/sync";
import { canonicalJobUrl } from "./canonical-url.ts";
import { notAJob, platformOfUrl } from "./platform.ts";
import { type JobInput, storeJobs } from "./store-jobs.ts";

interface Candidate {
  index: number;
  url?: string;
  title?: string | undefined;
  company?: string | undefined;
  location?: string | undefined;
  invalid?: string;
}

/**
 * Enqueues many jobs at once (one transaction): every item is reported as new, duplicate (already
 * known, or earlier in the same batch), skipped (certainly not a job) or invalid (with the reason).
 */
export async function ingestBulk(db: Db, request: BulkRequest): Promise<BulkResult> {
  const candidates =
    "cards" in request ? fromCards(request.cards) : "urls" in request ? fromUrls(request.urls) : fromCsv(request.csv);
  const items: BulkItem[] = [];
  const inputs: (JobInput & { index: number })[] = [];
  for (const candidate of candidates) {
    if (candidate.invalid !== undefined || candidate.url === undefined) {
      items.push({ index: candidate.index, status: "invalid", reason: candidate.invalid ?? "no URL" });
      continue;
    }
    let url: string;
    try {
      url = canonicalJobUrl(candidate.url);
    } catch (error) {
      items.push({
        index: candidate.index,
        status: "invalid",
        reason: error instanceof Error ? error.message : "bad URL",
      });
      continue;
    }
    const parsed = new URL(url);
    const platform = platformOfUrl(parsed);
    const skip = notAJob(parsed, platform);
    if (skip) {
      items.push({ index: candidate.index, status: "skipped", url, reason: skip });
      continue;
    }
    inputs.push({
      index: candidate.index,
      url,
      platform,
      title: candidate.title,
      company: candidate.company,
      locationRaw: candidate.location,
    });
  }
  const stored = await storeJobs(db, inputs);
  stored.forEach((job, i) => {
    const index = inputs[i]?.index ?? -1;
    items.push({ index, status: job.duplicate ? "duplicate" : "new", jobId: job.id, url: job.url });
  });
  items.sort((a, b) => a.index - b.index);
  const count = (status: BulkItem["status"]) => items.filter((i) => i.status === status).length;
  return {
    new: count("new"),
    duplicate: count("duplicate"),
    skipped: count("skipped"),
    invalid: count("invalid"),
    items,
  };
}

function fromCards(cards: unknown[]): Candidate[] {
  return cards.map((raw, index) => {
    const card = LinkedInCard.safeParse(raw);
    if (!card.success)
      return {
        index,
        invalid: `not a LinkedIn card: ${card.error.issues.map((i) => i.path.join(".") || i.message).join(", ")}`,
      };
    // The id is the job; a card's own link may carry any tracking.
    return {
      index,
      url: `https://www.linkedin.com/jobs/view/${card.data.id}/`,
      title: card.data.title,
      company: card.data.company,
      location: card.data.location,
    };
  });
}

function fromUrls(urls: string[]): Candidate[] {
  return urls.map((url, index) => ({ index, url }));
}

const URL_COLUMNS = ["url", "link", "job_url", "job url", "joburl", "href", "job link", "posting url"];

function fromCsv(text: string): Candidate[] {
  let rows: string[][];
  try {
    rows = parse(text, { skip_empty_lines: true, relax_column_count: true, trim: true, bom: true }) as string[][];
  } catch (error) {
    throw new AppError(
      "bad_request",
      `the CSV cannot be read: ${error instanceof Error ? error.message.split("\n")[0] : "parse error"}`,
    );
  }
  const header = (rows[0] ?? []).map((h) => h.toLowerCase());
  const urlColumn = header.findIndex((h) => URL_COLUMNS.includes(h));
  if (urlColumn === -1) {
    // No header: a one-column list of addresses.
    if (rows.every((r) => r.length >= 1 && /^https?:\/\//i.test(r[0] ?? "")))
      return rows.map((r, index) => ({ index, url: r[0] ?? "" }));
    throw new AppError("bad_request", `the CSV has no url column (name one of: ${URL_COLUMNS.join(", ")})`);
  }
  const column = (names: string[]) => header.findIndex((h) => names.includes(h));
  const title = column(["title", "job title", "job_title", "position"]);
  const company = column(["company", "company name", "employer"]);
  const location = column(["location", "city"]);
  return rows.slice(1).map((row, index) => {
    const cell = (i: number) => (i === -1 ? undefined : row[i] || undefined);
    const url = cell(urlColumn);
    return url === undefined
      ? { index, invalid: "empty url cell" }
      : { index, url, title: cell(title), company: cell(company), location: cell(location) };
  });
}
