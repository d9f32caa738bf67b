import { readFileSync } from "node:fs";
import type { Db } from "@nyx/db";
import { sql } from "drizzle-orm";
import { FIXTURES } from "./support.ts";

export const ADA_YAML = readFileSync(new URL("profile/ada.yaml", FIXTURES), "utf8");

/** ada.yaml's CV files, base64, keyed as the profile names them. */
export function adaFiles(): Record<string, string> {
  const names = [...ADA_YAML.matchAll(/file: ([\w.-]+)/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  return Object.fromEntries(
    names.map((name) => [name, readFileSync(new URL(`profile/${name}`, FIXTURES)).toString("base64")]),
  );
}

/** The YAML with one top-level key's line removed. */
export function withoutKey(yaml: string, key: string): string {
  return yaml
    .split("\n")
    .filter((line) => !line.startsWith(`${key}:`))
    .join("\n");
}

/** How many rows a profile import writes to, table by table. */
export async function profileRowCounts(db: Db): Promise<Record<string, number> | undefined> {
  const { rows } = await db.execute<Record<string, number>>(sql`select
    (select count(*)::int from users) as users,
    (select count(*)::int from user_profiles) as profiles,
    (select count(*)::int from resumes) as resumes,
    (select count(*)::int from resume_versions) as versions,
    (select count(*)::int from cover_letter_templates) as templates,
    (select count(*)::int from data_corrections) as corrections`);
  return rows[0];
}
