import { LiveFeed } from "../live-feed.tsx";
import type { Live } from "../use-live.ts";

/** Live: what Nyx is doing now. */
export function LiveView({ live }: { live: Live }) {
  return <LiveFeed feed={live.feed} />;
}
