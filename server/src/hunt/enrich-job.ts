import { type Db, schema } from "@nyx/db";
import type { ExtractedPosting } from "@nyx/shared";
import { and, eq, isNull, or } from "drizzle-orm";

/**
 * A job first known only by its address (a search card, a pasted URL) gets the facts of its page
 * once the page is read. A job already read is left as it was recorded.
 */
export async function enrichJob(db: Db, jobId: string, p: ExtractedPosting): Promise<void> {
  await db
    .update(schema.jobPosts)
    .set({
      jobTitle: p.title,
      rawLocation: p.locationRaw,
      locationCity: p.city,
      locationCountry: p.country,
      employmentType: p.employmentType,
      seniorityLevel: p.seniority,
      department: p.department,
      postingDatetime: p.postedAt ? new Date(p.postedAt) : null,
      descriptionRaw: p.descriptionRaw,
      descriptionClean: p.descriptionClean,
      isRemoteAllowed: p.remote ? p.remote !== "onsite" : null,
      compensationCurrency: p.salary?.currency ?? null,
      compensationMin: p.salary?.min === undefined ? null : String(p.salary.min),
      compensationMax: p.salary?.max === undefined ? null : String(p.salary.max),
    })
    .where(
      and(
        eq(schema.jobPosts.id, jobId),
        or(isNull(schema.jobPosts.descriptionClean), eq(schema.jobPosts.descriptionClean, "")),
      ),
    );
}
