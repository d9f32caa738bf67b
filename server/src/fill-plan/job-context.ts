import { type Db, schema } from "@nyx/db";
import { AppError, blankPosting, type ExtractedPosting } from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import { extractPosting } from "../extract/index.ts";
import { ownerProfiles, type StoredProfile } from "../hunt/owner-profiles.ts";
import { canonicalJobUrl } from "../ingest/canonical-url.ts";
import { platformOfUrl } from "../ingest/platform.ts";

export interface JobContext {
  application: { id: string; effort: "low" | "medium" | "high" } | undefined;
  posting: ExtractedPosting;
  profile: StoredProfile;
}

/**
 * What a form is filled for: the application (by id, or found by the form's page address), the
 * posting as recorded, and the profile the application was matched with.
 */
export async function jobContext(
  db: Db,
  userId: string,
  applicationId: string | undefined,
  pageUrl: string,
): Promise<JobContext> {
  const profiles = await ownerProfiles(db, userId);
  const app = schema.applications;
  const [row] = applicationId
    ? await db
        .select({ app, job: schema.jobPosts })
        .from(app)
        .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, app.jobPostId))
        .where(and(eq(app.id, applicationId), eq(app.userId, userId)))
    : await db
        .select({ app, job: schema.jobPosts })
        .from(app)
        .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, app.jobPostId))
        .where(and(eq(schema.jobPosts.sourceUrl, safeCanonical(pageUrl)), eq(app.userId, userId)));
  if (applicationId && !row) throw new AppError("not_found", `no application ${applicationId}`);
  const fallback = profiles[0];
  if (!fallback) throw new AppError("conflict", "no profile");
  if (!row) {
    // A form of a job never hunted: the person's facts still answer it; the job is only its address.
    return { application: undefined, posting: stubPosting(pageUrl), profile: fallback };
  }
  const profile = profiles.find((p) => p.id === row.app.profileId) ?? fallback;
  return {
    application: { id: row.app.id, effort: row.app.effortLevel as "low" | "medium" | "high" },
    posting: recordedPosting(row.job),
    profile,
  };
}

type JobRow = typeof schema.jobPosts.$inferSelect;

function recordedPosting(job: JobRow): ExtractedPosting {
  if (job.scrapedHtml) {
    try {
      return extractPosting({ url: job.sourceUrl, html: job.scrapedHtml });
    } catch {
      // fall through to the recorded columns
    }
  }
  return {
    ...stubPosting(job.sourceUrl),
    title: job.jobTitle,
    locationRaw: job.rawLocation,
    city: job.locationCity,
    country: job.locationCountry,
    descriptionRaw: job.descriptionRaw ?? "",
    descriptionClean: job.descriptionClean ?? "",
    salary: job.compensationCurrency
      ? {
          currency: job.compensationCurrency,
          ...(job.compensationMin ? { min: Number(job.compensationMin) } : {}),
          ...(job.compensationMax ? { max: Number(job.compensationMax) } : {}),
          period: "year",
        }
      : null,
  };
}

function stubPosting(url: string): ExtractedPosting {
  return blankPosting({ platform: platformOfUrl(new URL(url)), applyUrl: url });
}

function safeCanonical(url: string): string {
  try {
    return canonicalJobUrl(url);
  } catch {
    return url;
  }
}
