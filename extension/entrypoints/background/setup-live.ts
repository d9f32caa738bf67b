import { browser } from "wxt/browser";
import { createLiveConnection, type LiveConnection } from "../../src/live/connection.ts";
import { dispatchLiveEvent } from "../../src/live/events.ts";
import { onMessage, sendMessage } from "../../src/messaging.ts";
import { serverToken, serverUrl } from "../../src/storage.ts";

const WAKE_ALARM = "nyx-live-wake";

/** Side panel closed: nobody to tell, which is fine. Anything else is worth a line in the console. */
function toPages(send: () => Promise<unknown>): void {
  send().catch((error: unknown) => {
    const text = error instanceof Error ? error.message : String(error);
    if (!/Receiving end does not exist|message port closed/i.test(text))
      console.warn("Nyx: side panel not told", error);
  });
}

/**
 * The background owns the server's WebSocket: it connects when paired, reconnects with backoff,
 * and again at once when the token or the server address changes. Every event goes to the
 * background's own subscribers (`onLiveEvent`) and to the extension's pages (the side panel);
 * never to content scripts (and a person's verification code only to the background). A wake-up
 * alarm reconnects after Chrome let the worker sleep. Returns the connection, for messages to the server.
 */
export function setupLive(): LiveConnection {
  const connection = createLiveConnection({
    target: async () => ({ serverUrl: await serverUrl.getValue(), token: await serverToken.getValue() }),
    onEvent: (event) => {
      dispatchLiveEvent(event);
      if (event.type !== "code") toPages(() => sendMessage("liveEvent", event));
    },
    onStatus: (status) => toPages(() => sendMessage("liveStatusChanged", status)),
  });

  onMessage("liveStatus", async () => connection.status, { fromExtensionPage: true });
  serverToken.watch(() => void connection.connect());
  serverUrl.watch(() => void connection.connect());

  browser.alarms.create(WAKE_ALARM, { periodInMinutes: 0.5 }).catch((error: unknown) => {
    console.warn("Nyx: no wake-up alarm; the connection returns when the worker next wakes", error);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === WAKE_ALARM) void connection.ensure();
  });
  void connection.connect();
  return connection;
}
