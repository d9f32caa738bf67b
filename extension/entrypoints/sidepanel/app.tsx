import type { ProfileSummary } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchHealth, fetchProfiles, type Health } from "../../src/server-client.ts";
import { serverToken } from "../../src/storage.ts";
import { ConnectionStatus } from "./connection-status.tsx";
import { LastBulk } from "./last-bulk.tsx";
import { LiveFeed } from "./live-feed.tsx";
import { PairForm } from "./pair-form.tsx";
import { ReviewQueue } from "./review-queue.tsx";
import { useLive } from "./use-live.ts";

type Load<T> = { state: "loading" } | { state: "ok"; value: T } | { state: "error"; message: string };

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App() {
  const [health, setHealth] = useState<Load<Health>>({ state: "loading" });
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [profiles, setProfiles] = useState<Load<ProfileSummary[]> | undefined>(undefined);
  const live = useLive();

  useEffect(() => {
    fetchHealth().then(
      (value) => setHealth({ state: "ok", value }),
      (error: unknown) => setHealth({ state: "error", message: message(error) }),
    );
    serverToken.getValue().then(setToken, () => setToken(null));
    return serverToken.watch(setToken);
  }, []);

  useEffect(() => {
    if (!token) return;
    setProfiles({ state: "loading" });
    fetchProfiles().then(
      (value) => setProfiles({ state: "ok", value }),
      (error: unknown) => setProfiles({ state: "error", message: message(error) }),
    );
  }, [token]);

  return (
    <main>
      <h1>Nyx Venatrix</h1>
      <section data-testid="server">
        {health.state === "loading" && <p>Looking for the server…</p>}
        {health.state === "error" && <p class="error">{health.message}</p>}
        {health.state === "ok" && (
          <>
            <p>
              Server {health.value.version}: {health.value.status}, database {health.value.database.driver}.
            </p>
            {health.value.notices.map((n) => (
              <p class="notice" key={n}>
                {n}
              </p>
            ))}
          </>
        )}
      </section>
      {token === null && <PairForm />}
      {token && (
        <section data-testid="paired">
          <p>Paired with the server.</p>
          {profiles?.state === "error" && <p class="error">{profiles.message}</p>}
          {profiles?.state === "ok" &&
            (profiles.value.length === 0 ? (
              <p>No profile yet: run "pnpm nyx profile import profile.yaml".</p>
            ) : (
              profiles.value.map((p) => (
                <p key={p.id}>
                  Profile {p.profileName}: {p.resumes.length} CV(s), {p.targetTitles.join(", ")}
                </p>
              ))
            ))}
          <ConnectionStatus status={live.status} error={live.error} />
        </section>
      )}
      {token && <ReviewQueue changes={live.changes} />}
      {token && <LastBulk />}
      {token && <LiveFeed feed={live.feed} />}
    </main>
  );
}
