import { type Db, schema } from "@nyx/db";
import { AppError } from "@nyx/shared";
import { is, type SQL, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";

/**
 * Whose a record is, for the one generic correction path. Several people may share one database,
 * each with their own server: a server corrects only its own person's records, and the shared facts
 * about postings and companies (rows that belong to nobody). Columns that say whose a record is are
 * never corrected, so a correction cannot move a record to somebody else.
 */
export const OWNERSHIP_COLUMNS = new Set([
  "user_id",
  "application_id",
  "session_id",
  "interview_id",
  "user_profile_id",
  "resume_id",
]);

const columnsOf: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.values(schema)
    .flatMap((value: unknown) => (is(value, PgTable) ? [getTableConfig(value)] : []))
    .filter((config) => config.schema === undefined)
    .map((config) => [config.name, new Set(config.columns.map((c) => c.name))]),
);

/** The person a row of `table` (alias t) belongs to, as SQL; undefined for rows that are nobody's. */
function ownerOf(table: string): SQL | undefined {
  const columns = columnsOf.get(table) ?? new Set<string>();
  if (table === "users") return sql`t.id`;
  if (columns.has("user_id")) return sql`t.user_id`;
  if (columns.has("application_id")) return sql`(select a.user_id from applications a where a.id = t.application_id)`;
  if (columns.has("interview_id"))
    return sql`(select a.user_id from interviews i join applications a on a.id = i.application_id where i.id = t.interview_id)`;
  if (columns.has("session_id")) return sql`(select s.user_id from application_sessions s where s.id = t.session_id)`;
  if (columns.has("user_profile_id"))
    return sql`(select p.user_id from user_profiles p where p.id = t.user_profile_id)`;
  if (columns.has("resume_id"))
    return sql`(select p.user_id from resumes r join user_profiles p on p.id = r.user_profile_id where r.id = t.resume_id)`;
  return undefined;
}

/** Refuses a correction of another person's record, or of a column that says whose a record is. */
export async function checkOwnedRecord(
  db: Db,
  userId: string,
  input: { table: string; recordId: string; field: string },
): Promise<void> {
  if (!columnsOf.has(input.table)) return; // recordCorrection names what is not a Nyx table
  if (OWNERSHIP_COLUMNS.has(input.field))
    throw new AppError("validation_failed", `invalid input: field: ${input.field} says whose the record is`, {
      issues: [{ path: "field", message: "says whose the record is; it is never corrected" }],
    });
  if (!(await owned(db, userId, input.table, input.recordId)))
    throw new AppError("not_found", `no ${input.table} row with id ${input.recordId}`);
}

/** Whether the row is this person's, or nobody's (a shared fact); false for another person's row. */
export async function owned(db: Db, userId: string, table: string, recordId: string): Promise<boolean> {
  const owner = ownerOf(table);
  if (!owner) return true;
  const found = await db.execute<{ owner: string | null }>(
    sql`select ${owner} as owner from ${sql.identifier(table)} t where t.id = ${recordId}`,
  );
  const row = found.rows[0];
  // A missing row passes here: the correction itself says "no such row". An orphan belongs to nobody.
  return !row || row.owner === null || row.owner === userId;
}
