import { AppError, CorrectionInput, type CorrectionRecord } from "@nyx/shared";
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "./client.ts";
import * as schema from "./schema/index.ts";

/** Columns that identify or time-stamp a row; they are never corrected. */
const FIXED_COLUMNS = new Set(["id", "created_at", "updated_at"]);

/** The Nyx tables (schema public) by SQL name, with their column names. */
const correctable: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.values(schema)
    .flatMap((value: unknown) => (is(value, PgTable) ? [getTableConfig(value)] : []))
    .filter((config) => config.schema === undefined && config.name !== "data_corrections")
    .map((config) => [config.name, new Set(config.columns.map((c) => c.name))]),
);

/**
 * The one way to change a recorded fact. Nyx data is append-only: the correction is recorded as a
 * `data_corrections` row (old value, new value, who and why) and applied to the row, in one
 * transaction. The new value goes through Postgres's own type conversion and CHECK constraints, so
 * a bad value is refused and nothing is written.
 */
export async function recordCorrection(db: Db, input: CorrectionInput): Promise<CorrectionRecord> {
  const parsed = CorrectionInput.parse(input);
  const columns = correctable.get(parsed.table);
  if (!columns) throw new AppError("not_found", `"${parsed.table}" is not a Nyx table that can be corrected`);
  if (!columns.has(parsed.field) || FIXED_COLUMNS.has(parsed.field)) {
    throw new AppError("validation_failed", `"${parsed.field}" is not a correctable column of ${parsed.table}`, {
      issues: [{ path: "field", message: `not a correctable column of ${parsed.table}` }],
    });
  }
  const table = sql.identifier(parsed.table);
  const column = sql.identifier(parsed.field);
  const newValue = JSON.stringify(parsed.newValue);
  try {
    return await db.transaction(async (tx) => {
      const current = await tx.execute<{ old: unknown }>(
        sql`select to_jsonb(t.${column}) as old from ${table} t where t.id = ${parsed.recordId} for update`,
      );
      const row = current.rows[0];
      if (!row) throw new AppError("not_found", `no ${parsed.table} row with id ${parsed.recordId}`);
      await tx.execute(
        sql`update ${table} set ${column} =
              (jsonb_populate_record(null::${table}, jsonb_build_object(${parsed.field}::text, ${newValue}::jsonb))).${column}
            where id = ${parsed.recordId}`,
      );
      const inserted = await tx
        .insert(schema.dataCorrections)
        .values({
          tableName: parsed.table,
          recordId: parsed.recordId,
          fieldName: parsed.field,
          oldValue: row.old ?? null,
          newValue: parsed.newValue ?? null,
          correctionReason: parsed.reason,
          correctedBy: parsed.correctedBy,
        })
        .returning();
      const saved = inserted[0];
      if (!saved) throw new AppError("internal", "the correction was not recorded");
      return {
        id: saved.id,
        table: saved.tableName,
        recordId: saved.recordId,
        field: saved.fieldName,
        oldValue: (saved.oldValue ?? null) as CorrectionRecord["oldValue"],
        newValue: saved.newValue as CorrectionRecord["newValue"],
        correctedBy: saved.correctedBy ?? parsed.correctedBy,
        createdAt: (saved.createdAt ?? new Date()).toISOString(),
      };
    });
  } catch (error) {
    throw asValueError(error);
  }
}

/** Postgres refusing the value (wrong type, CHECK, NOT NULL) becomes a clear validation error. */
function asValueError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const pg = pgError(error);
  if (pg && ["23514", "22P02", "22007", "22008", "22003", "23502"].includes(pg.code)) {
    return new AppError("validation_failed", `the new value was refused by the database: ${pg.message}`, {
      issues: [{ path: "newValue", message: pg.message }],
      cause: error,
    });
  }
  return error;
}

/** The Postgres error (SQLSTATE and message) inside an error from either driver; drizzle wraps it in `cause`. */
export function pgError(error: unknown): { code: string; message: string } | undefined {
  let e: unknown = error;
  for (let depth = 0; e instanceof Error && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return { code, message: e.message };
    e = e.cause;
  }
  return undefined;
}
