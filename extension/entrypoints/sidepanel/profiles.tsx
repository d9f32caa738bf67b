import type { ProfileSummary } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { chooseDefaultResume } from "../../src/api/settings.ts";
import { fetchProfiles } from "../../src/server-client.ts";
import { LoadError } from "./load-error.tsx";
import { CvDraft } from "./settings/cv-draft.tsx";
import { ProfileImport } from "./settings/profile-import.tsx";

type Load = { state: "loading" } | { state: "ok"; value: ProfileSummary[] } | { state: "error"; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** One profile: its target titles and CVs, one of them the default that applications use. */
function ProfileCard({ profile, onChanged }: { profile: ProfileSummary; onChanged: () => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const [chosen, setChosen] = useState(profile.resumes.find((r) => r.isDefault)?.key);
  const choose = (key: string) => {
    const before = chosen;
    setChosen(key);
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    chooseDefaultResume(profile.id, key).then(
      () => {
        setBusy(false);
        setDone(`Applications now use ${key} unless a CV in the posting's language fits better.`);
        onChanged();
      },
      (e: unknown) => {
        setBusy(false);
        setChosen(before);
        setError(`${message(e)} The default CV was not changed.`);
      },
    );
  };
  return (
    <div class="profile" data-testid={`profile-${profile.profileName}`}>
      <p>
        Profile {profile.profileName}: {profile.resumes.length} CV(s), {profile.targetTitles.join(", ")}
      </p>
      <fieldset disabled={busy}>
        <legend>Default CV of {profile.profileName}</legend>
        {profile.resumes.map((r) => (
          <label key={r.id} class="field check">
            <input
              type="radio"
              name={`default-cv-${profile.id}`}
              checked={r.key === chosen}
              onChange={() => choose(r.key)}
            />{" "}
            {r.key} ({r.language}, version {r.latestVersion})
          </label>
        ))}
      </fieldset>
      {done && <p role="status">{done}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The person's profiles and CVs: which CV is the default, importing a profile, drafting one from a CV. */
export function Profiles({ token }: { token: string }) {
  const [profiles, setProfiles] = useState<Load>({ state: "loading" });
  const reload = () =>
    fetchProfiles().then(
      (value) => setProfiles({ state: "ok", value }),
      (error: unknown) => setProfiles({ state: "error", message: message(error) }),
    );
  useEffect(() => {
    setProfiles({ state: "loading" });
    void reload();
  }, [token]);
  return (
    <section data-testid="profiles" class="settings-section">
      <h3>Profiles and CVs</h3>
      {profiles.state === "loading" && <p>Loading the profiles…</p>}
      {profiles.state === "error" && <LoadError message={profiles.message} retry={() => reload()} />}
      {profiles.state === "ok" &&
        (profiles.value.length === 0 ? (
          <p class="empty">
            No profile yet: import your profile.yaml with its CV files below (or run "pnpm nyx profile import
            profile.yaml"), or draft one from your CV.
          </p>
        ) : (
          profiles.value.map((p) => <ProfileCard key={p.id} profile={p} onChanged={() => void reload()} />)
        ))}
      <ProfileImport onImported={() => void reload()} />
      <CvDraft onImported={() => void reload()} />
    </section>
  );
}
