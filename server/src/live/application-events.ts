import { type Db, schema } from "@nyx/db";
import type { LiveApplication } from "@nyx/shared";
import { desc, eq, inArray } from "drizzle-orm";
import type { Logger } from "pino";
import type { LivePublisher } from "./hub.ts";

/** Applications as the live feed shows them: status, the latest reason, the job and its company. */
export async function liveApplications(db: Db, ids: readonly string[]): Promise<LiveApplication[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      id: schema.applications.id,
      status: schema.applications.applicationStatus,
      jobTitle: schema.jobPosts.jobTitle,
      company: schema.companies.name,
    })
    .from(schema.applications)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, schema.applications.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(inArray(schema.applications.id, [...ids]));
  const history = await db
    .select({
      applicationId: schema.applicationStatusHistory.applicationId,
      reason: schema.applicationStatusHistory.reason,
    })
    .from(schema.applicationStatusHistory)
    .where(inArray(schema.applicationStatusHistory.applicationId, [...ids]))
    .orderBy(desc(schema.applicationStatusHistory.changedAt));
  const latestReason = new Map<string, string | null>();
  for (const h of history) if (!latestReason.has(h.applicationId)) latestReason.set(h.applicationId, h.reason);
  return rows.map((r) => ({
    id: r.id,
    status: r.status ?? "queued",
    reason: latestReason.get(r.id) ?? null,
    jobTitle: r.jobTitle,
    company: r.company,
  }));
}

/**
 * After a status change is committed: one `application` event per application. Reading them
 * afterwards means the feed shows what the database holds; a failed read is logged, never thrown
 * into a request whose work is done.
 */
export async function publishApplications(
  deps: { db: Db; live: LivePublisher; logger: Logger },
  ids: readonly string[],
): Promise<void> {
  try {
    for (const application of await liveApplications(deps.db, ids))
      deps.live.publish({ type: "application", application });
  } catch (error) {
    deps.logger.warn({ err: error, applications: ids.length }, "live application events not published");
  }
}
