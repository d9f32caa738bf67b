import type { ProfileDraftResponse } from "@nyx/shared";
import { useState } from "preact/hooks";
import { draftProfile, importProfile } from "../../../src/api/settings.ts";
import { fileToBase64 } from "./cv-files.ts";
import { errorText } from "./section-form.tsx";

/**
 * A CV read into a draft profile.yaml (the server stores nothing): the person checks it, fills in
 * what is marked MISSING, and imports it with the same CV file.
 */
export function CvDraft({ onImported }: { onImported: () => void }) {
  const [cv, setCv] = useState<File | undefined>(undefined);
  const [draft, setDraft] = useState<ProfileDraftResponse | undefined>(undefined);
  const [yaml, setYaml] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);

  const step = async (work: () => Promise<void>, failed: string) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await work();
    } catch (e) {
      setError(`${errorText(e)} ${failed}`);
    } finally {
      setBusy(false);
    }
  };
  const read = () =>
    step(async () => {
      if (!cv) return;
      const result = await draftProfile(cv.name, await fileToBase64(cv));
      setDraft(result);
      setYaml(result.yaml);
    }, "Try a PDF, DOCX, Markdown or text file.");
  const save = () =>
    step(async () => {
      if (!cv) return;
      const result = await importProfile(yaml, { [cv.name]: await fileToBase64(cv) });
      setDone(`Profile ${result.profile.profileName} imported.`);
      onImported();
    }, "Nothing was imported: complete the draft and try again.");

  return (
    <details class="settings-sub" data-testid="cv-draft">
      <summary>Draft a profile from a CV</summary>
      <label class="field">
        <span>CV file (PDF, DOCX, Markdown, text)</span>
        <input type="file" accept=".pdf,.docx,.md,.markdown,.txt" onChange={(e) => setCv(e.currentTarget.files?.[0])} />
      </label>
      <button type="button" disabled={busy || !cv} onClick={() => void read()}>
        Read the CV
      </button>
      {draft && (
        <>
          {draft.missing.length > 0 && (
            <p class="notice">The CV does not say: {draft.missing.join(", ")}. Fill these in below.</p>
          )}
          {draft.warnings.map((w) => (
            <p class="notice" key={w.path}>
              {w.path}: {w.message}
            </p>
          ))}
          <label class="field list">
            <span>Draft profile.yaml</span>
            <textarea rows={16} value={yaml} onInput={(e) => setYaml(e.currentTarget.value)} />
          </label>
          <button type="button" disabled={busy} onClick={() => void save()}>
            Import this profile
          </button>
        </>
      )}
      {done && <p role="status">{done}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </details>
  );
}
