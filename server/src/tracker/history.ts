import { type Db, schema } from "@nyx/db";
import { type HistoryFilter, type HistoryPage, type HistoryQuery, ResponseOutcome } from "@nyx/shared";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { applicationsCsv } from "../applications/csv.ts";
import { listApplicationRecords } from "../applications/records.ts";
import { historyCondition } from "./history-filter.ts";
import { invalidInput } from "./invalid.ts";
import { latestOutcome, latestOutcomeAt } from "./outcomes.ts";
import { userTimeZone } from "./scope.ts";
import { isoText } from "./sql-parts.ts";

const a = schema.applications;
const mu = schema.modelUsage;
const DEFAULT_LIMIT = 50;

/**
 * History: the person's applications that match the filters, newest first, a page at a time
 * (keyset on created_at and id, so a page never repeats or skips a row while new ones arrive).
 * Three queries whatever the page size: the page, the count, the model usage of the page.
 */
export async function listHistory(db: Db, userId: string, query: HistoryQuery): Promise<HistoryPage> {
  const where = historyCondition(userId, query, await userTimeZone(db, userId));
  const after = query.cursor === undefined ? undefined : readCursor(query.cursor);
  const limit = query.limit ?? DEFAULT_LIMIT;
  const rows = await db
    .select({
      id: a.id,
      jobTitle: schema.jobPosts.jobTitle,
      company: schema.companies.name,
      domain: a.domainName,
      status: a.applicationStatus,
      outcome: latestOutcome,
      outcomeAt: latestOutcomeAt,
      effort: a.effortLevel,
      score: a.matchScore,
      createdAt: isoText(a.createdAt),
      submittedAt: isoText(a.applicationSubmittedAt),
      key: sql<string>`${a.createdAt}::text`,
    })
    .from(a)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(and(where, after && sql`(${a.createdAt}, ${a.id}) < (${after.at}::timestamptz, ${after.id}::uuid)`))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(limit + 1);
  const [counted] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(a)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(where);
  const page = rows.slice(0, limit);
  const usage =
    page.length === 0
      ? []
      : await usageOf(
          db,
          page.map((r) => r.id),
        );
  const last = page.at(-1);
  return {
    rows: page.map((r) => {
      const spent = usage.find((u) => u.applicationId === r.id);
      const outcome = ResponseOutcome.safeParse(r.outcome);
      return {
        id: r.id,
        jobTitle: r.jobTitle,
        company: r.company,
        domain: r.domain,
        status: r.status ?? "queued",
        outcome: outcome.success ? outcome.data : null,
        outcomeAt: r.outcomeAt,
        effort: r.effort,
        score: r.score === null ? null : Number(r.score),
        createdAt: r.createdAt ?? "",
        submittedAt: r.submittedAt,
        costUsd: spent?.cost ?? 0,
        tokensInput: spent?.tokensIn ?? 0,
        tokensOutput: spent?.tokensOut ?? 0,
      };
    }),
    total: counted?.total ?? 0,
    nextCursor: rows.length > limit && last ? writeCursor(last.key, last.id) : null,
  };
}

/** The filtered list as CSV with the owner's §1.4 columns (the same writer as the full export). */
export async function historyCsv(db: Db, userId: string, filter: HistoryFilter): Promise<string> {
  const where = historyCondition(userId, filter, await userTimeZone(db, userId));
  return applicationsCsv(await listApplicationRecords(db, userId, { where }));
}

async function usageOf(db: Db, ids: string[]) {
  return db
    .select({
      applicationId: mu.applicationId,
      tokensIn: sql<number>`coalesce(sum(${mu.tokensInput}), 0)::float8`,
      tokensOut: sql<number>`coalesce(sum(${mu.tokensOutput}), 0)::float8`,
      cost: sql<number>`coalesce(sum(${mu.costEstimated}), 0)::float8`,
    })
    .from(mu)
    .where(inArray(mu.applicationId, ids))
    .groupBy(mu.applicationId);
}

const Cursor = z.tuple([z.string().regex(/^\d{4}-\d\d-\d\d[ T][\d:.]+([+-]\d\d(:?\d\d)?|Z)$/), z.uuid()]);

function writeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString("base64url");
}

function readCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = Cursor.parse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    return { at, id };
  } catch {
    throw invalidInput("cursor", "not a cursor this server gave out");
  }
}
