import { type Db, schema } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { and, desc, eq } from "drizzle-orm";

/** An application as a message to the person names it: the company, the job and where it stands. */
export interface AboutApplication {
  id: string;
  status: string;
  failureCode: string | null;
  company: string | null;
  jobTitle: string | null;
  /** The posting's address (the host is named when no page of the form is known). */
  jobUrl: string;
}

/** This person's application, or 404 (another person's applications do not exist here). */
export async function aboutApplication(db: Db, userId: string, applicationId: string): Promise<AboutApplication> {
  const [row] = await db
    .select({
      id: schema.applications.id,
      status: schema.applications.applicationStatus,
      failureCode: schema.applications.failureReasonCode,
      company: schema.companies.name,
      jobTitle: schema.jobPosts.jobTitle,
      jobUrl: schema.jobPosts.sourceUrl,
    })
    .from(schema.applications)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, schema.applications.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(and(eq(schema.applications.id, applicationId), eq(schema.applications.userId, userId)));
  if (!row) throw new AppError("not_found", `no application ${applicationId}`);
  return { ...row, status: row.status ?? "queued" };
}

export function requireBeingApplied(about: AboutApplication): void {
  if (about.status !== "in_progress")
    throw new AppError("conflict", `the application is ${about.status}, not being applied`);
}

export function hostOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}

/** The host of the last page the worker tab reported for this application, else the posting's. */
export async function lastPageHost(db: Db, about: AboutApplication): Promise<string> {
  const [step] = await db
    .select({ pageUrl: schema.applicationSteps.pageUrl })
    .from(schema.applicationSteps)
    .where(eq(schema.applicationSteps.applicationId, about.id))
    .orderBy(desc(schema.applicationSteps.timestampStart))
    .limit(1);
  return hostOf(step?.pageUrl) ?? hostOf(about.jobUrl) ?? "the site";
}

/** "Veltaro (apply.veltaro.io)", or the host alone when the company is not known. Plain text. */
export function siteName(about: AboutApplication, host: string): string {
  return about.company ? `${about.company} (${host})` : host;
}

export function jobName(about: AboutApplication): string {
  return about.jobTitle ? `the ${about.jobTitle} application` : "your application";
}
