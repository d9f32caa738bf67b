import type { LiveConnectionStatus } from "@nyx/shared";

const LABEL: Record<LiveConnectionStatus["state"], string> = {
  connected: "Connected",
  connecting: "Connecting…",
  reconnecting: "Reconnecting…",
  unpaired: "Not paired",
};

/** Whether live updates flow; when they do not, why, and when the next try is. */
export function ConnectionStatus({ status, error }: { status: LiveConnectionStatus | undefined; error?: string }) {
  if (error) return <p class="error">{error}</p>;
  if (!status) return <p class="connection">Live updates: checking…</p>;
  return (
    <div data-testid="connection" class={`connection ${status.state}`}>
      <p>
        Live updates: <strong>{LABEL[status.state]}</strong>
        {status.retryInMs !== undefined && ` (next try in ${Math.ceil(status.retryInMs / 1000)} s)`}
      </p>
      {status.error && status.state !== "connected" && <p class="error">{status.error}</p>}
    </div>
  );
}
