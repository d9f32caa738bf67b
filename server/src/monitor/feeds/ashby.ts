import type { MonitorSource, Salary } from "@nyx/shared";
import { z } from "zod";
import { cityName, countryName, parsePlace } from "../../extract/places.ts";
import { employmentFromLabel, remoteFromLabel } from "../../extract/work-terms.ts";
import { employer, feedBody, feedPosting, isoInstant, readItems, type SourceReading, statedSalary } from "./items.ts";

/** `GET https://api.ashbyhq.com/posting-api/job-board/{board}?includeCompensation=true` */
export function ashbyFeedUrl(board: string): string {
  return `https://api.ashbyhq.com/posting-api/job-board/${encodeURIComponent(board)}?includeCompensation=true`;
}

const Feed = z.object({ jobs: z.array(z.unknown()) });

const Component = z.object({
  compensationType: z.string().nullish(),
  interval: z.string().nullish(),
  currencyCode: z.string().nullish(),
  minValue: z.number().nullish(),
  maxValue: z.number().nullish(),
});

const Job = z.object({
  title: z.string().trim().min(1),
  jobUrl: z.string(),
  applyUrl: z.string().nullish(),
  department: z.string().nullish(),
  team: z.string().nullish(),
  employmentType: z.string().nullish(),
  location: z.string().nullish(),
  secondaryLocations: z.array(z.object({ location: z.string().nullish() })).nullish(),
  publishedAt: z.string().nullish(),
  isListed: z.boolean().nullish(),
  isRemote: z.boolean().nullish(),
  workplaceType: z.string().nullish(),
  address: z
    .object({
      postalAddress: z
        .object({ addressLocality: z.string().nullish(), addressCountry: z.string().nullish() })
        .nullish(),
    })
    .nullish(),
  descriptionHtml: z.string().nullish(),
  shouldDisplayCompensationOnJobPostings: z.boolean().nullish(),
  compensation: z.object({ summaryComponents: z.array(Component).nullish() }).nullish(),
});
type Job = z.infer<typeof Job>;

const INTERVALS: Record<string, Salary["period"]> = { "1 YEAR": "year", "1 MONTH": "month", "1 HOUR": "hour" };

/**
 * An Ashby job board. Pay counts only when the company shows it on its postings
 * (`shouldDisplayCompensationOnJobPostings`); an unlisted job is not a public posting.
 */
export function readAshby(body: unknown, source: MonitorSource): SourceReading {
  const feed = feedBody(body, Feed, 'an Ashby job board ({"jobs": [...]})');
  return readItems(feed.jobs, Job, (job) => {
    if (job.isListed === false) return null;
    const postal = job.address?.postalAddress;
    const place = parsePlace(job.location);
    const shown = [job.location, ...(job.secondaryLocations ?? []).map((l) => l.location)].filter(
      (l): l is string => typeof l === "string" && l.trim() !== "",
    );
    return feedPosting(job.jobUrl, {
      platform: "ashby",
      title: job.title,
      company: employer(source),
      locationRaw: shown.join("; ") || null,
      city: postal?.addressLocality ? cityName(postal.addressLocality) : place.city,
      country: countryName(postal?.addressCountry) ?? place.country,
      remote: remoteFromLabel(job.workplaceType) ?? (job.isRemote ? "remote" : place.remote),
      employmentType: employmentFromLabel(job.employmentType),
      department: job.department?.trim() || job.team?.trim() || null,
      postedAt: isoInstant(job.publishedAt),
      salary: shownSalary(job),
      descriptionRaw: job.descriptionHtml ?? "",
      applyUrl: job.applyUrl ?? null,
    });
  });
}

function shownSalary(job: Job): Salary | null {
  if (job.shouldDisplayCompensationOnJobPostings !== true) return null;
  const pay = job.compensation?.summaryComponents?.find((c) => c.compensationType === "Salary");
  return pay ? statedSalary(pay.currencyCode, pay.minValue, pay.maxValue, INTERVALS[pay.interval ?? ""] ?? null) : null;
}
