import { useEffect, useState } from "preact/hooks";
import { fetchHealth, type Health } from "../../src/server-client.ts";
import { serverToken } from "../../src/storage.ts";
import { ConnectionStatus } from "./connection-status.tsx";
import { PairForm } from "./pair-form.tsx";
import { useLive } from "./use-live.ts";
import { HistoryView } from "./views/history-view.tsx";
import { LiveView } from "./views/live-view.tsx";
import { QueueView } from "./views/queue-view.tsx";
import { SettingsView } from "./views/settings-view.tsx";
import { StatsView } from "./views/stats-view.tsx";
import { TabBar } from "./views/tab-bar.tsx";
import { useView } from "./views/use-view.ts";

type Load<T> = { state: "loading" } | { state: "ok"; value: T } | { state: "error"; message: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App() {
  const [health, setHealth] = useState<Load<Health>>({ state: "loading" });
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [view, open] = useView();
  const live = useLive();

  useEffect(() => {
    fetchHealth().then(
      (value) => setHealth({ state: "ok", value }),
      (error: unknown) => setHealth({ state: "error", message: message(error) }),
    );
    serverToken.getValue().then(setToken, () => setToken(null));
    return serverToken.watch(setToken);
  }, []);

  return (
    <main>
      <header>
        <h1>Nyx Venatrix</h1>
        <section data-testid="server">
          {health.state === "loading" && <p>Looking for the server…</p>}
          {health.state === "error" && <p class="error">{health.message}</p>}
          {health.state === "ok" && (
            <>
              <p>
                Server {health.value.version}: {health.value.status}, database {health.value.database.driver}.
              </p>
              {health.value.notices.length > 0 && (
                <details class="notices">
                  <summary>
                    {health.value.notices.length === 1
                      ? "1 feature is off"
                      : `${health.value.notices.length} features are off`}{" "}
                    (the server runs without them)
                  </summary>
                  {health.value.notices.map((n) => (
                    <p class="notice" key={n}>
                      {n}
                    </p>
                  ))}
                </details>
              )}
            </>
          )}
        </section>
        {token === null && <PairForm />}
        {token && (
          <section data-testid="paired">
            <p>Paired with the server.</p>
            <ConnectionStatus status={live.status} error={live.error} />
          </section>
        )}
      </header>
      {token && <TabBar view={view} open={open} />}
      {token && (
        <div role="tabpanel" data-view={view}>
          {view === "queue" && <QueueView live={live} />}
          {view === "live" && <LiveView live={live} />}
          {view === "history" && <HistoryView />}
          {view === "stats" && <StatsView />}
          {view === "settings" && <SettingsView token={token} />}
        </div>
      )}
    </main>
  );
}
