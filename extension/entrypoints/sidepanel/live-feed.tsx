import type { LiveEvent } from "@nyx/shared";
import type { FeedEntry } from "./use-live.ts";

function describe(event: LiveEvent): string {
  if (event.type === "hunt") {
    const { job, label } = event.result;
    return `Hunted ${job.title}${job.company ? ` at ${job.company}` : ""}: ${label}`;
  }
  if (event.type === "application") {
    const a = event.application;
    const job = `${a.jobTitle ?? "An application"}${a.company ? ` at ${a.company}` : ""}`;
    return `${job}: ${a.status}${a.reason ? ` (${a.reason})` : ""}`;
  }
  return event.type;
}

/** Hunts and status changes as the server reports them, newest first. */
export function LiveFeed({ feed }: { feed: FeedEntry[] }) {
  return (
    <section data-testid="live-feed">
      <h2>Recent activity</h2>
      {feed.length === 0 ? (
        <p class="empty">Nothing yet. Hunts and status changes show here as they happen: hunt a job from its page.</p>
      ) : (
        <ol class="feed">
          {feed.map((entry) => (
            <li key={entry.key}>
              <time>{entry.at.toLocaleTimeString()}</time> {describe(entry.event)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
