import type { NotificationChannels, NotificationTestResponse } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchNotificationChannels, sendTestMessage } from "../../../src/api/settings.ts";
import { errorText } from "./section-form.tsx";

const NAME = { telegram: "Telegram", email: "Digest e-mail" } as const;
const STATUS = { sent: "sent", not_configured: "not configured", failed: "failed" } as const;

/** Telegram and the digest e-mail: which are set up (the server's environment), and a test message through each. */
export function NotificationsSection() {
  const [channels, setChannels] = useState<NotificationChannels | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<NotificationTestResponse | undefined>(undefined);
  useEffect(() => {
    fetchNotificationChannels().then(setChannels, (e: unknown) => setError(errorText(e)));
  }, []);

  const test = () => {
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    sendTestMessage().then(
      (r) => {
        setBusy(false);
        setResult(r);
      },
      (e: unknown) => {
        setBusy(false);
        setError(errorText(e));
      },
    );
  };

  return (
    <section data-testid="settings-notifications" class="settings-section">
      <h3>Notification channels</h3>
      {!channels && !error && <p>Asking the server…</p>}
      {channels && (
        <ul class="channels">
          {channels.channels.map((c) => (
            <li key={c.channel}>
              <strong>{NAME[c.channel]}</strong>: {c.configured ? "configured" : "not configured"} — {c.purpose}
              {c.notice && <p class="notice">{c.notice} (set it in the server's .env and restart it)</p>}
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={busy} onClick={test}>
        {busy ? "Sending…" : "Send test message"}
      </button>
      {result && (
        <ul data-testid="notification-test-result" role="status">
          {result.results.map((r) => (
            <li key={r.channel} class={r.status === "failed" ? "error" : r.status === "sent" ? "" : "notice"}>
              {NAME[r.channel]}: {STATUS[r.status]} — {r.detail}
            </li>
          ))}
          {!result.sent && <li class="error">No channel took the test message.</li>}
        </ul>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
