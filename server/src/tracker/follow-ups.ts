import { type Db, schema } from "@nyx/db";
import type { FollowUp } from "@nyx/shared";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { hasOutcome, OUTCOMES } from "./outcomes.ts";
import type { Tx } from "./scope.ts";
import { isoText } from "./sql-parts.ts";

export const FOLLOW_UP_EVENT = "follow_up_reminder";
const DAY_MS = 86_400_000;
const a = schema.applications;
const e = schema.applicationEvents;

/**
 * Submitted applications that have waited at least `days` without any outcome (not even the
 * person's own withdrawal) or interview, and were not reminded yet; longest waiting first.
 * Reading them records nothing: `recordFollowUpReminders` marks them reminded.
 */
export async function dueFollowUps(
  db: Db | Tx,
  userId: string,
  options: { days: number; now?: Date; applicationIds?: string[] },
): Promise<FollowUp[]> {
  const now = options.now ?? new Date();
  const rows = await db
    .select({
      applicationId: a.id,
      jobTitle: schema.jobPosts.jobTitle,
      company: schema.companies.name,
      url: schema.jobPosts.sourceUrl,
      submittedAt: isoText(a.applicationSubmittedAt),
    })
    .from(a)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .leftJoin(schema.companies, eq(schema.companies.id, schema.jobPosts.companyId))
    .where(
      and(
        eq(a.userId, userId),
        eq(a.applicationStatus, "submitted"),
        lte(a.applicationSubmittedAt, new Date(now.getTime() - options.days * DAY_MS)),
        options.applicationIds ? inArray(a.id, options.applicationIds) : undefined,
        sql`not ${hasOutcome(OUTCOMES)}`,
        sql`not exists (select 1 from ${schema.interviews} where ${schema.interviews.applicationId} = ${a.id})`,
        sql`not exists (select 1 from ${e} where ${e.applicationId} = ${a.id} and ${e.eventType} = ${FOLLOW_UP_EVENT})`,
      ),
    )
    .orderBy(asc(a.applicationSubmittedAt), asc(a.id));
  return rows.flatMap(({ submittedAt, ...r }) =>
    submittedAt
      ? [{ ...r, submittedAt, daysWaiting: Math.floor((now.getTime() - Date.parse(submittedAt)) / DAY_MS) }]
      : [],
  );
}

/**
 * Records the reminder of each given application that is still due (an application_events row
 * `follow_up_reminder`), so each is reminded once, even with two servers on one database: the
 * applications are locked while it is decided. Returns the follow-ups it recorded; send those.
 */
export async function recordFollowUpReminders(
  db: Db,
  userId: string,
  applicationIds: string[],
  options: { days: number; channel: "telegram" | "digest" | "side_panel"; now?: Date },
): Promise<FollowUp[]> {
  if (applicationIds.length === 0) return [];
  return db.transaction(async (tx) => {
    await tx
      .select({ id: a.id })
      .from(a)
      .where(and(eq(a.userId, userId), inArray(a.id, applicationIds)))
      .orderBy(asc(a.id))
      .for("update");
    const due = await dueFollowUps(tx, userId, { ...options, applicationIds });
    if (due.length > 0)
      await tx.insert(e).values(
        due.map((f) => ({
          applicationId: f.applicationId,
          eventType: FOLLOW_UP_EVENT,
          eventDetail: `no response after ${f.daysWaiting} days: reminded by ${options.channel}`,
          payload: { channel: options.channel, days: options.days, daysWaiting: f.daysWaiting },
        })),
      );
    return due;
  });
}
