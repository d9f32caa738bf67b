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
  /** The background did not answer: the panel cannot show live updates. */
  error: string | undefined;
}

const FEED_LENGTH = 30;
let nextKey = 0;

/** What the background's WebSocket brings, as the side panel follows it. */
export function useLive(): Live {
  const [status, setStatus] = useState<LiveConnectionStatus | undefined>(undefined);
  const [feed, setFeed] = useState<FeedEntry[]>([]);
  const [changes, setChanges] = useState(0);
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    const stopEvents = onMessage(
      "liveEvent",
      async (event) => {
        setChanges((n) => n + 1);
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

  return { status, feed, changes, error };
}
