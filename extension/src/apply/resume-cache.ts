import type { ResumeFile } from "@nyx/shared";

/** How long a fetched CV stays at hand (a version's bytes never change; a newer CV is a new version). */
const KEEP_MS = 60_000;

/**
 * CVs by version, fetched once the plan names them: the worker tab asks for its CV only after the
 * plan has reached it, and by then the bytes are on their way. A fetch that failed is not kept:
 * the next request for that CV fetches it again.
 */
export function resumeCache(fetchResume: (versionId: string) => Promise<ResumeFile>) {
  const kept = new Map<string, Promise<ResumeFile>>();
  const get = (versionId: string): Promise<ResumeFile> => {
    const known = kept.get(versionId);
    if (known) return known;
    const file = fetchResume(versionId);
    kept.set(versionId, file);
    const forget = () => {
      if (kept.get(versionId) === file) kept.delete(versionId);
    };
    file.then(() => setTimeout(forget, KEEP_MS), forget);
    return file;
  };
  return {
    /** Starts fetching the CVs a plan uploads; nothing waits for them here. */
    prefetch(versionIds: Iterable<string>): void {
      for (const versionId of versionIds) get(versionId).catch(() => undefined);
    },
    get,
  };
}
