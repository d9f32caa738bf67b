import { useState } from "preact/hooks";
import { message } from "./format.ts";

/**
 * "Correct": edit a recorded text value in place. `save` sends the new value (and why); on
 * success the detail reloads and shows the correction beside the original.
 */
export function CorrectForm({
  label,
  value,
  save,
}: {
  label: string;
  value: string;
  save: (newValue: string, reason: string | undefined) => Promise<void>;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(value);
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  if (!open)
    return (
      <button type="button" class="link" aria-label={`Correct ${label}`} onClick={() => setOpen(true)}>
        Correct
      </button>
    );
  return (
    <form
      class="correct-form"
      aria-label={`Correct ${label}`}
      onSubmit={async (e) => {
        e.preventDefault();
        if (text.trim() === value.trim()) return setError("The value is unchanged: edit it, or Cancel.");
        setBusy(true);
        setError(undefined);
        try {
          await save(text, reason.trim() || undefined);
          setOpen(false);
        } catch (err) {
          setError(`${message(err)} Nothing was changed; fix the value and save again.`);
        } finally {
          setBusy(false);
        }
      }}
    >
      <label>
        Corrected value
        <textarea rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        Why (optional)
        <input type="text" value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? "Saving…" : "Save correction"}
      </button>{" "}
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
