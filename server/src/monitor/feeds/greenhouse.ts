import type { MonitorSource } from "@nyx/shared";
import { z } from "zod";
import { firstText, parseFragment } from "../../extract/dom.ts";
import { parsePlace } from "../../extract/places.ts";
import { parseSalary } from "../../extract/salary.ts";
import { descriptionHtml } from "../../extract/text.ts";
import { employer, feedBody, feedPosting, isoInstant, readItems, type SourceReading } from "./items.ts";

/** `GET https://boards-api.greenhouse.io/v1/boards/{board}/jobs?content=true` */
export function greenhouseFeedUrl(board: string): string {
  return `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(board)}/jobs?content=true`;
}

const Feed = z.object({ jobs: z.array(z.unknown()) });

const Job = z.object({
  absolute_url: z.string(),
  title: z.string().trim().min(1),
  company_name: z.string().nullish(),
  location: z.object({ name: z.string().nullish() }).nullish(),
  /** HTML escaped once as entities. */
  content: z.string().nullish(),
  first_published: z.string().nullish(),
  updated_at: z.string().nullish(),
  language: z.string().nullish(),
  departments: z.array(z.object({ name: z.string() })).nullish(),
});

/**
 * A Greenhouse job board. The feed gives no employment type or work mode of its own (the extractor
 * reads them from the title and the text); pay is stated only in the content's pay-transparency block.
 */
export function readGreenhouse(body: unknown, source: MonitorSource): SourceReading {
  const feed = feedBody(body, Feed, 'a Greenhouse job board ({"jobs": [...]})');
  return readItems(feed.jobs, Job, (job) => {
    const html = job.content ? descriptionHtml(job.content) : "";
    const place = parsePlace(job.location?.name);
    return feedPosting(job.absolute_url, {
      platform: "greenhouse",
      title: job.title,
      company: employer(source, job.company_name),
      locationRaw: job.location?.name?.trim() || null,
      city: place.city,
      country: place.country,
      remote: place.remote,
      department: job.departments?.[0]?.name ?? null,
      postedAt: isoInstant(job.first_published ?? job.updated_at),
      salary: payRange(html),
      descriptionRaw: html,
      applyUrl: job.absolute_url,
      language: job.language?.trim() || null,
    });
  });
}

/** The pay-transparency block Greenhouse appends to the content ("CHF 140,000 — CHF 175,000"). */
function payRange(html: string) {
  const root = html ? parseFragment(html) : null;
  return root ? parseSalary(firstText(root, [".pay-range"])) : null;
}
