import { AppError } from "@nyx/shared";
import { extractPosting } from "../extract/index.ts";
import { hunt } from "../hunt/pipeline.ts";
import { type JobInput, storeJobs } from "../ingest/store-jobs.ts";
import type { FoundPosting } from "./feeds/items.ts";
import type { MonitorDeps } from "./poll.ts";

export interface Recorded {
  new: number;
  known: number;
  errors: string[];
}

/**
 * Records the postings in one go (one job per canonical address: the database decides which are
 * new, so two polls at once never both take the same posting), then hunts each new one. A posting
 * that cannot be read or scored is named; it never stops the others.
 */
export async function recordPostings(deps: MonitorDeps, postings: readonly FoundPosting[]): Promise<Recorded> {
  const errors: string[] = [];
  const inputs: (JobInput & { found: FoundPosting })[] = [];
  for (const found of postings) {
    try {
      const posting = extractPosting(found.snapshot);
      inputs.push({ url: found.url, platform: posting.platform, posting, html: found.snapshot.html, found });
    } catch (error) {
      errors.push(`${found.url}: ${error instanceof Error ? error.message : "unreadable"}`);
    }
  }
  const stored = await storeJobs(deps.db, inputs);
  const fresh = inputs.filter((_, i) => stored[i]?.duplicate === false);
  const unscored = new Map<string, number>();
  for (const input of fresh) {
    try {
      const result = await hunt(deps, input.found.snapshot);
      deps.live?.publish({ type: "hunt", result });
    } catch (error) {
      const reason = error instanceof AppError ? error.message : "internal error (see the server log)";
      if (!(error instanceof AppError)) deps.logger.error({ err: error }, "monitor: a new posting was not hunted");
      unscored.set(reason, (unscored.get(reason) ?? 0) + 1);
    }
  }
  for (const [reason, count] of unscored) {
    errors.push(`${count} new posting${count === 1 ? "" : "s"} recorded but not scored: ${reason}`);
  }
  return { new: fresh.length, known: inputs.length - fresh.length, errors };
}
