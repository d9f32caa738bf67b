import type { ComponentChildren } from "preact";
import { useState } from "preact/hooks";

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One settings form: its fields, a save button, and beside it what happened — the server's own
 * message when it refused the values (nothing was changed then), or what was saved.
 */
export function SectionForm({
  title,
  testId,
  save,
  saved = "Saved.",
  children,
}: {
  title: string;
  testId: string;
  /** Sends the form's values; throws the server's refusal. */
  save: () => Promise<unknown>;
  saved?: string;
  children: ComponentChildren;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  return (
    <section data-testid={testId} class="settings-section">
      <h3>{title}</h3>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError(undefined);
          setDone(undefined);
          save().then(
            () => {
              setBusy(false);
              setDone(saved);
            },
            (e: unknown) => {
              setBusy(false);
              setError(`${errorText(e).replace(/\.$/, "")}. Nothing was changed: correct the value and save again.`);
            },
          );
        }}
      >
        {children}
        <div class="save-row">
          <button type="submit" disabled={busy}>
            {busy ? "Saving…" : `Save ${title.toLowerCase()}`}
          </button>
          {done && <span role="status">{done}</span>}
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </section>
  );
}

/** A labelled text box for a number; what the person typed goes to the server as it is, which judges it. */
export function NumberField({
  label,
  value,
  onInput,
  placeholder,
}: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  placeholder?: string;
}) {
  return (
    <label class="field">
      <span>{label}</span>
      <input
        type="text"
        inputMode="decimal"
        value={value}
        placeholder={placeholder}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </label>
  );
}

/** A number as typed: blank is "not set", a number is a number, anything else is sent as typed for the server to refuse by name. */
export function typed(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

export const shown = (value: number | undefined) => (value === undefined ? "" : String(value));

/** Lines of a text box as a list, blank lines dropped. */
export const lines = (text: string) =>
  text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);

/** A number that must be there: blank goes to the server as "", which refuses it by name (never silently a default). */
export const required = (text: string): number | string => typed(text) ?? "";
