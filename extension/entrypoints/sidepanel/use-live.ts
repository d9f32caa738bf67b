import type { LiveConnectionStatus, LiveEvent } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { errorMessage, onMessage, sendMessage } from "../../src/messaging.ts";

export interface FeedEntry {
  key: number;
  at: Date;
  event: LiveEvent;
}

export interface Live {
  status: LiveConnectionStatus | undefined;
  /** Newest first, the last 30 hunts and status changes. */
  feed: FeedEntry[];
  /** Grows with every event that may change what the server lists (a list reloads on it). */
  changes: number;
  /** Grows with the events that may change the review queue (not a worker tab's progress). */
  reviewChanges: number;
  /** The background did not answer: the panel cannot show live updates. */
  error: string | undefined;
}

const FEED_LENGTH = 30;
/** An application in these states is being (or was) applied to: it is in no review queue. */
const APPLYING = new Set(["in_progress", "submitted"]);

/** Hunts bring jobs into the review queue; decisions, cancels and reconnects change it; a run's progress does not. */
function touchesReview(event: LiveEvent): boolean {
  if (event.type === "hunt" || event.type === "hello") return true;
  return event.type === "application" && !APPLYING.has(event.application.status);
}
let nextKey = 0;

/** What the background's WebSocket brings, as the side panel follows it. */
export function useLive(): Live {
  const [status, setStatus] = useState<LiveConnectionStatus | undefined>(undefined);
  const [feed, setFeed] = useState<FeedEntry[]>([]);
  const [changes, setChanges] = useState(0);
  const [reviewChanges, setReviewChanges] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    const stopEvents = onMessage(
      "liveEvent",
      async (event) => {
        setChanges((n) => n + 1);
        if (touchesReview(event)) setReviewChanges((n) => n + 1);
        if (event.type === "hunt" || event.type === "application") {
          setFeed((old) => [{ key: nextKey++, at: new Date(), event }, ...old].slice(0, FEED_LENGTH));
        }
        return {};
      },
      { fromExtensionPage: true },
    );
    const stopStatus = onMessage(
      "liveStatusChanged",
      async (next) => {
        setStatus(next);
        return {};
      },
      { fromExtensionPage: true },
    );
    sendMessage("liveStatus", {}).then(setStatus, (e: unknown) =>
      setError(
        `The extension's background does not answer (${errorMessage(e)}): reload the extension in chrome://extensions.`,
      ),
    );
    return () => {
      stopEvents();
      stopStatus();
    };
  }, []);

  return { status, feed, changes, reviewChanges, error };
}
