import { type SQL, type SQLWrapper, sql } from "drizzle-orm";

/** A timestamptz as an ISO string in UTC to the millisecond, the same from both drivers. */
export const isoText = (value: SQLWrapper) =>
  sql<string | null>`to_char(${value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** `a, b, c` as parameters, for `in (…)`. */
export const valueList = (values: readonly string[]): SQL =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/** The first instant of a calendar day in a time zone. */
export const startOfDay = (day: string, timeZone: string) => sql`((${day}::date)::timestamp at time zone ${timeZone})`;

/** The first instant after a calendar day in a time zone. */
export const endOfDay = (day: string, timeZone: string) =>
  sql`((${day}::date + 1)::timestamp at time zone ${timeZone})`;

/** A LIKE pattern that matches the text anywhere, with the text's own % and _ taken literally. */
export const containing = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;
