import { useState } from "preact/hooks";
import { importProfile } from "../../../src/api/settings.ts";
import { filesFor } from "./cv-files.ts";
import { errorText } from "./section-form.tsx";

/** Imports a profile.yaml with its CV files; importing the same again changes nothing. */
export function ProfileImport({ onImported }: { onImported: () => void }) {
  const [yamlFile, setYamlFile] = useState<File | undefined>(undefined);
  const [cvs, setCvs] = useState<File[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const run = async () => {
    if (!yamlFile) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const yaml = await yamlFile.text();
      const result = await importProfile(yaml, await filesFor(yaml, cvs));
      setDone(
        result.created
          ? `Profile ${result.profile.profileName} imported.`
          : result.changed
            ? `Profile ${result.profile.profileName} updated: ${result.changes.join(", ")}.`
            : `Profile ${result.profile.profileName} was already up to date.`,
      );
      onImported();
    } catch (e) {
      setError(`${errorText(e)} Nothing was imported: correct the file and try again.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details class="settings-sub" data-testid="profile-import">
      <summary>Import a profile</summary>
      <p class="hint">The profile.yaml and the CV files it names (choose them together).</p>
      <label class="field">
        <span>Profile file (YAML)</span>
        <input type="file" accept=".yaml,.yml" onChange={(e) => setYamlFile(e.currentTarget.files?.[0])} />
      </label>
      <label class="field">
        <span>CV files</span>
        <input type="file" multiple onChange={(e) => setCvs([...(e.currentTarget.files ?? [])])} />
      </label>
      <button type="button" disabled={busy || !yamlFile} onClick={() => void run()}>
        {busy ? "Importing…" : "Import profile"}
      </button>
      {done && <p role="status">{done}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
