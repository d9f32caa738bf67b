import { type Db, schema } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { and, eq } from "drizzle-orm";

/** A transaction of either driver. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * One of the person's applications, or a 404 that says nothing about anybody else's: another
 * person's application is as unknown as one that does not exist. `lock` holds the row until the
 * transaction ends (two responses recorded at once are taken one after the other).
 */
export async function ownedApplication(db: Db | Tx, userId: string, applicationId: string, lock = false) {
  const a = schema.applications;
  const query = db
    .select({
      id: a.id,
      status: a.applicationStatus,
      submittedAt: a.applicationSubmittedAt,
      companyId: schema.jobPosts.companyId,
    })
    .from(a)
    .innerJoin(schema.jobPosts, eq(schema.jobPosts.id, a.jobPostId))
    .where(and(eq(a.id, applicationId), eq(a.userId, userId)));
  const [row] = lock ? await query.for("update", { of: a }) : await query;
  if (!row) throw new AppError("not_found", `no application ${applicationId}`);
  return row;
}

/** The person's IANA time zone (users.timezone), UTC when unset or unknown to this runtime. */
export async function userTimeZone(db: Db, userId: string): Promise<string> {
  const [row] = await db.select({ tz: schema.users.timezone }).from(schema.users).where(eq(schema.users.id, userId));
  const tz = row?.tz;
  if (!tz) return "UTC";
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return tz;
  } catch {
    return "UTC";
  }
}

/** Today's date (YYYY-MM-DD) in a time zone. */
export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
