import type { ProfileSummary } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchProfiles } from "../../src/server-client.ts";

type Load = { state: "loading" } | { state: "ok"; value: ProfileSummary[] } | { state: "error"; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The person's profiles and how many CVs each has. */
export function Profiles({ token }: { token: string }) {
  const [profiles, setProfiles] = useState<Load>({ state: "loading" });
  useEffect(() => {
    setProfiles({ state: "loading" });
    fetchProfiles().then(
      (value) => setProfiles({ state: "ok", value }),
      (error: unknown) => setProfiles({ state: "error", message: message(error) }),
    );
  }, [token]);
  return (
    <section data-testid="profiles">
      <h2>Profiles</h2>
      {profiles.state === "error" && <p class="error">{profiles.message}</p>}
      {profiles.state === "ok" &&
        (profiles.value.length === 0 ? (
          <p class="empty">No profile yet: run "pnpm nyx profile import profile.yaml".</p>
        ) : (
          profiles.value.map((p) => (
            <p key={p.id}>
              Profile {p.profileName}: {p.resumes.length} CV(s), {p.targetTitles.join(", ")}
            </p>
          ))
        ))}
    </section>
  );
}
