import type { Db } from "@nyx/db";
import type { PostingSnapshot } from "@nyx/shared";
import { AppError } from "@nyx/shared";
import { canonicalJobUrl } from "./canonical-url.ts";
import { notAJob, platformOfUrl } from "./platform.ts";
import { storeJobs } from "./store-jobs.ts";

export interface IngestOneResult {
  job: { id: string; url: string };
  duplicate: boolean;
  /** Whether the page itself was read (a snapshot with HTML); a bare URL waits for the extension to read it. */
  read: boolean;
}

/** One job from a URL, or from the extension's snapshot of its page. */
export async function ingestOne(db: Db, snapshot: PostingSnapshot): Promise<IngestOneResult> {
  const url = canonicalJobUrl(snapshot.url);
  const parsed = new URL(url);
  const platform = platformOfUrl(parsed);
  const reason = notAJob(parsed, platform);
  if (reason) throw new AppError("bad_request", `${reason}: ${url}`);
  const [stored] = await storeJobs(db, [{ url, platform }]);
  if (!stored) throw new AppError("internal", "the job was not stored");
  return { job: { id: stored.id, url: stored.url }, duplicate: stored.duplicate, read: false };
}
