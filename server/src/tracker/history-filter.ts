import { schema } from "@nyx/db";
import type { HistoryFilter } from "@nyx/shared";
import { and, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { hasOutcome, latestOutcome, OUTCOMES } from "./outcomes.ts";
import { containing, endOfDay, startOfDay } from "./sql-parts.ts";

const a = schema.applications;
const job = schema.jobPosts;
const company = schema.companies;

/**
 * The History filters as one condition over `applications` joined with `job_posts` and
 * (left) `companies`, scoped to the person. Dates are days in the person's time zone.
 */
export function historyCondition(userId: string, filter: HistoryFilter, timeZone: string): SQL {
  const conditions: (SQL | undefined)[] = [eq(a.userId, userId)];
  if (filter.status) conditions.push(eq(a.applicationStatus, filter.status));
  if (filter.effort) conditions.push(eq(a.effortLevel, filter.effort));
  if (filter.company) conditions.push(ilike(company.name, containing(filter.company)));
  if (filter.q) {
    const pattern = containing(filter.q);
    conditions.push(or(ilike(job.jobTitle, pattern), ilike(company.name, pattern), ilike(a.domainName, pattern)));
  }
  if (filter.from) conditions.push(sql`${a.createdAt} >= ${startOfDay(filter.from, timeZone)}`);
  if (filter.to) conditions.push(sql`${a.createdAt} < ${endOfDay(filter.to, timeZone)}`);
  if (filter.minScore !== undefined) conditions.push(sql`${a.matchScore} >= ${filter.minScore}`);
  if (filter.maxScore !== undefined) conditions.push(sql`${a.matchScore} <= ${filter.maxScore}`);
  if (filter.outcome === "none") conditions.push(sql`not ${hasOutcome(OUTCOMES)}`);
  else if (filter.outcome) conditions.push(sql`${latestOutcome} = ${filter.outcome}`);
  return and(...conditions) ?? sql`false`;
}
