import type { BulkCounts } from "./jobs.ts";

/** "23 new · 2 duplicates · 0 skipped" (and "· 1 invalid" when the server refused some items). */
export function bulkSummary(counts: BulkCounts): string {
  const duplicates = `${counts.duplicate} ${counts.duplicate === 1 ? "duplicate" : "duplicates"}`;
  const parts = [`${counts.new} new`, duplicates, `${counts.skipped} skipped`];
  if (counts.invalid > 0) parts.push(`${counts.invalid} invalid`);
  return parts.join(" · ");
}
