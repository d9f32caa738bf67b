import type { MonitorSource, Salary } from "@nyx/shared";
import { z } from "zod";
import { countryName, parsePlace } from "../../extract/places.ts";
import { employmentFromLabel, remoteFromLabel } from "../../extract/work-terms.ts";
import {
  employer,
  escapeHtml,
  feedBody,
  feedPosting,
  isoInstant,
  readItems,
  type SourceReading,
  statedSalary,
} from "./items.ts";

/** `GET https://api.lever.co/v0/postings/{board}?mode=json` */
export function leverFeedUrl(board: string): string {
  return `https://api.lever.co/v0/postings/${encodeURIComponent(board)}?mode=json`;
}

const Posting = z.object({
  text: z.string().trim().min(1),
  hostedUrl: z.string(),
  applyUrl: z.string().nullish(),
  categories: z
    .object({
      location: z.string().nullish(),
      commitment: z.string().nullish(),
      team: z.string().nullish(),
      department: z.string().nullish(),
    })
    .nullish(),
  /** ISO 3166 alpha-2. */
  country: z.string().nullish(),
  workplaceType: z.string().nullish(),
  /** Epoch milliseconds. */
  createdAt: z.number().nullish(),
  description: z.string().nullish(),
  lists: z.array(z.object({ text: z.string(), content: z.string() })).nullish(),
  additional: z.string().nullish(),
  salaryRange: z
    .object({
      currency: z.string().nullish(),
      interval: z.string().nullish(),
      min: z.number().nullish(),
      max: z.number().nullish(),
    })
    .nullish(),
});

const INTERVALS: Record<string, Salary["period"]> = {
  "per-year-salary": "year",
  "per-month-salary": "month",
  "per-hour-wage": "hour",
};

/** A Lever postings feed: a bare array; the title is `text`, dates are epoch milliseconds. */
export function readLever(body: unknown, source: MonitorSource): SourceReading {
  const items = feedBody(body, z.array(z.unknown()), "a Lever postings list (a JSON array)");
  return readItems(items, Posting, (p) => {
    const raw = p.categories?.location?.trim() || null;
    const place = parsePlace(raw);
    const range = p.salaryRange;
    const sections = (p.lists ?? []).map((list) => `<h3>${escapeHtml(list.text)}</h3><ul>${list.content}</ul>`);
    return feedPosting(p.hostedUrl, {
      platform: "lever",
      title: p.text,
      company: employer(source),
      locationRaw: raw,
      city: place.city,
      country: countryName(p.country) ?? place.country,
      remote: remoteFromLabel(p.workplaceType) ?? place.remote,
      employmentType: employmentFromLabel(p.categories?.commitment),
      department: p.categories?.department?.trim() || p.categories?.team?.trim() || null,
      postedAt: isoInstant(p.createdAt),
      salary: range
        ? statedSalary(range.currency, range.min, range.max, INTERVALS[range.interval ?? ""] ?? null)
        : null,
      descriptionRaw: [p.description ?? "", ...sections, p.additional ?? ""].join("\n"),
      applyUrl: p.applyUrl ?? null,
    });
  });
}
