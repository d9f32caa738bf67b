import { type Db, schema } from "@nyx/db";
import type { ExtractedPosting, Platform } from "@nyx/shared";
import { and, inArray, isNull, sql } from "drizzle-orm";

/** A job to record: at least its canonical URL; a title and company when known. */
export interface JobInput {
  url: string;
  platform: Platform;
  title?: string | undefined;
  company?: string | null | undefined;
  locationRaw?: string | null | undefined;
  /** The full extraction, when the page was read. */
  posting?: ExtractedPosting | undefined;
  /** The page's HTML, kept for re-extraction. */
  html?: string | undefined;
}

export interface StoredJob {
  id: string;
  url: string;
  duplicate: boolean;
}

const SOURCE_NAME: Record<Platform, string> = {
  linkedin: "LinkedIn",
  greenhouse: "Greenhouse",
  lever: "Lever",
  workday: "Workday",
  ashby: "Ashby",
  indeed: "Indeed",
  smartrecruiters: "SmartRecruiters",
  generic: "Direct",
};

const CHUNK = 500;

/**
 * Records jobs in one transaction: one job_posts row per canonical URL (source_url is unique), so
 * a job that arrives again, or twice in one batch, is reported as a duplicate of the first.
 */
export async function storeJobs(db: Db, inputs: readonly JobInput[]): Promise<StoredJob[]> {
  if (inputs.length === 0) return [];
  return db.transaction(async (tx) => {
    const sources = await tx.select({ id: schema.jobSources.id, name: schema.jobSources.name }).from(schema.jobSources);
    const sourceId = new Map(sources.map((s) => [s.name, s.id]));
    const companyId = await companyIds(tx, inputs);

    const firstByUrl = new Map<string, JobInput>();
    for (const input of inputs) if (!firstByUrl.has(input.url)) firstByUrl.set(input.url, input);
    const unique = [...firstByUrl.values()];
    const idByUrl = new Map<string, string>();
    const created = new Set<string>();
    for (let i = 0; i < unique.length; i += CHUNK) {
      const rows = await tx
        .insert(schema.jobPosts)
        .values(unique.slice(i, i + CHUNK).map((input) => jobRow(input, sourceId, companyId)))
        .onConflictDoNothing({ target: schema.jobPosts.sourceUrl })
        .returning({ id: schema.jobPosts.id, url: schema.jobPosts.sourceUrl });
      for (const row of rows) {
        idByUrl.set(row.url, row.id);
        created.add(row.url);
      }
    }
    const missing = unique.map((u) => u.url).filter((url) => !idByUrl.has(url));
    for (let i = 0; i < missing.length; i += CHUNK) {
      const rows = await tx
        .select({ id: schema.jobPosts.id, url: schema.jobPosts.sourceUrl })
        .from(schema.jobPosts)
        .where(inArray(schema.jobPosts.sourceUrl, missing.slice(i, i + CHUNK)));
      for (const row of rows) idByUrl.set(row.url, row.id);
    }
    const reported = new Set<string>();
    return inputs.map((input) => {
      const id = idByUrl.get(input.url);
      if (!id) throw new Error(`job ${input.url} was neither inserted nor found`);
      const duplicate = !created.has(input.url) || reported.has(input.url);
      reported.add(input.url);
      return { id, url: input.url, duplicate };
    });
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Finds or creates the companies named in the batch (by name; the domain is not known here). */
async function companyIds(tx: Tx, inputs: readonly JobInput[]): Promise<Map<string, string>> {
  const names = [...new Set(inputs.flatMap((i) => (i.posting?.company ?? i.company)?.trim() || []))];
  const ids = new Map<string, string>();
  if (names.length === 0) return ids;
  // Two servers sharing the database must not create the same company twice.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('nyx.companies'))`);
  for (let i = 0; i < names.length; i += CHUNK) {
    const chunk = names.slice(i, i + CHUNK);
    const found = await tx
      .select({ id: schema.companies.id, name: schema.companies.name })
      .from(schema.companies)
      .where(and(inArray(schema.companies.name, chunk), isNull(schema.companies.canonicalDomain)));
    for (const row of found) ids.set(row.name, row.id);
    const absent = chunk.filter((name) => !ids.has(name));
    if (absent.length > 0) {
      const rows = await tx
        .insert(schema.companies)
        .values(absent.map((name) => ({ name })))
        .returning({ id: schema.companies.id, name: schema.companies.name });
      for (const row of rows) ids.set(row.name, row.id);
    }
  }
  return ids;
}

function jobRow(input: JobInput, sourceId: Map<string, string>, companyId: Map<string, string>) {
  const p = input.posting;
  const company = (p?.company ?? input.company)?.trim();
  return {
    jobSourceId: sourceId.get(SOURCE_NAME[input.platform]) ?? null,
    companyId: company ? (companyId.get(company) ?? null) : null,
    sourceUrl: input.url,
    canonicalUrl: input.url,
    // Unknown until the page is read: empty, never made up.
    jobTitle: p?.title ?? input.title?.trim() ?? "",
    rawLocation: p?.locationRaw ?? input.locationRaw ?? null,
    locationCity: p?.city ?? null,
    locationCountry: p?.country ?? null,
    employmentType: p?.employmentType ?? null,
    seniorityLevel: p?.seniority ?? null,
    department: p?.department ?? null,
    postingDatetime: p?.postedAt ? new Date(p.postedAt) : null,
    scrapedHtml: input.html ?? null,
    descriptionRaw: p?.descriptionRaw ?? null,
    descriptionClean: p?.descriptionClean ?? null,
    isRemoteAllowed: p?.remote ? p.remote !== "onsite" : null,
    compensationCurrency: p?.salary?.currency ?? null,
    compensationMin: p?.salary?.min === undefined ? null : String(p.salary.min),
    compensationMax: p?.salary?.max === undefined ? null : String(p.salary.max),
    compensationNotes: p?.salary ? `${p.salary.period}` : null,
  };
}
