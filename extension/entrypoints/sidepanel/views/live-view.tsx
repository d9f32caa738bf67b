import { SessionPanel } from "../live/session-panel.tsx";
import { LiveFeed } from "../live-feed.tsx";
import type { Live } from "../use-live.ts";

/** Live: the session now (controls, progress, worker tabs, what waits for the person) and what just happened. */
export function LiveView({ live }: { live: Live }) {
  return (
    <>
      <SessionPanel changes={live.changes} />
      <LiveFeed feed={live.feed} />
    </>
  );
}
