import { type BulkCounts, bulkSummary } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { lastBulkEnqueue } from "../../src/storage.ts";

type LastBulk = (BulkCounts & { at: string; pageUrl: string }) | null;

/** The last "Hunt all jobs on this page": where, when, and how many were new, duplicates, skipped. */
export function LastBulk() {
  const [last, setLast] = useState<LastBulk>(null);
  useEffect(() => {
    lastBulkEnqueue.getValue().then(setLast, () => setLast(null));
    return lastBulkEnqueue.watch(setLast);
  }, []);
  if (!last) return null;
  return (
    <section data-testid="last-bulk">
      <h2>Last page hunted</h2>
      <p>
        {bulkSummary(last)} — {new URL(last.pageUrl).hostname}, {new Date(last.at).toLocaleString()}
      </p>
    </section>
  );
}
