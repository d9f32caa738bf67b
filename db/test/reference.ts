import { readFileSync } from "node:fs";

export const REFERENCE_PATH = new URL("../../../shared/spec/schema-reference.md", import.meta.url);

/** Tables and their columns as the owner's design (schema-reference.md) lists them. */
export function referenceTables(): Map<string, string[]> {
  const text = readFileSync(REFERENCE_PATH, "utf8");
  const tables = new Map<string, string[]>();
  for (const match of text.matchAll(/CREATE TABLE (\w+) \(([\s\S]*?)\n\);/g)) {
    const [, name, body] = match;
    if (!name || body === undefined) continue;
    const columns = body
      .split("\n")
      .map((line) =>
        line.trim().match(/^([a-z_][a-z0-9_]*)\s+(UUID|TEXT|INTEGER|BIGINT|BOOLEAN|NUMERIC|TIMESTAMPTZ|JSONB|DATE)/),
      )
      .flatMap((m) => (m?.[1] ? [m[1]] : []));
    tables.set(name, columns);
  }
  return tables;
}

export const SATURNUS_TABLES = [
  "email_accounts",
  "email_threads",
  "emails",
  "email_classifications",
  "email_application_links",
  "email_actions",
];
