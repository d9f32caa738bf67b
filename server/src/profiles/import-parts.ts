import type { Db } from "@nyx/db";
import { AppError } from "@nyx/shared";
import type { CvContent } from "./cv-text.ts";

/** What the import steps share: the transaction, the corrector, a read CV, and "this insert returned a row". */
export type Correctable = "users" | "user_profiles" | "resumes" | "resume_versions" | "cover_letter_templates";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Writes a data correction for each field of `want` that differs from `row` (SQL column names). */
export type Correct = (
  table: Correctable,
  id: string,
  row: Record<string, unknown>,
  want: Record<string, unknown>,
) => Promise<void>;

export interface StoredCv extends CvContent {
  path: string;
}

export function must<T>(row: T | undefined): T {
  if (row === undefined) throw new AppError("internal", "an insert returned no row");
  return row;
}
