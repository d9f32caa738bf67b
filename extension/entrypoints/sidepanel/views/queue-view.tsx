import { LastBulk } from "../last-bulk.tsx";
import { LiveFeed } from "../live-feed.tsx";
import { ReviewQueue } from "../review-queue.tsx";
import type { Live } from "../use-live.ts";

/** Queue: the jobs waiting for the person's decision, the last page hunted, and what just happened. */
export function QueueView({ live }: { live: Live }) {
  return (
    <>
      <ReviewQueue changes={live.reviewChanges} />
      <LastBulk />
      <LiveFeed feed={live.feed} />
    </>
  );
}
