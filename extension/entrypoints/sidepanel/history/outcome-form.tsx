import { InterviewType, type ResponseInput, ResponseOutcome } from "@nyx/shared";
import { useState } from "preact/hooks";
import { message, words } from "./format.ts";

/**
 * "Set the outcome": what came back for a submitted application (reviewing, interview, rejected,
 * offer, withdrawn); an interview outcome may schedule the interview (when and what kind).
 */
export function OutcomeForm({
  submitted,
  save,
}: {
  submitted: boolean;
  save: (response: ResponseInput) => Promise<void>;
}) {
  const [outcome, setOutcome] = useState<string>("");
  const [at, setAt] = useState("");
  const [type, setType] = useState<string>("phone_screen");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);

  if (!submitted)
    return (
      <p class="empty" data-testid="outcome-form">
        An outcome is set once the application was sent: this one was not submitted.
      </p>
    );

  const submit = async (e: Event) => {
    e.preventDefault();
    const parsed = ResponseOutcome.safeParse(outcome);
    if (!parsed.success) return setError("Choose what came back first.");
    const interviewAt = at ? new Date(at) : undefined;
    if (interviewAt && Number.isNaN(interviewAt.getTime())) return setError("The interview's date is not a date.");
    const response: ResponseInput = {
      outcome: parsed.data,
      ...(note.trim() ? { note: note.trim() } : {}),
      ...(parsed.data === "interview" && interviewAt
        ? { interview: { type: InterviewType.parse(type), scheduledAt: interviewAt.toISOString() } }
        : {}),
    };
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      await save(response);
      setDone(`Outcome set: ${words(parsed.data)}.`);
      setOutcome("");
      setAt("");
      setNote("");
    } catch (err) {
      setError(`${message(err)} Nothing was recorded; check the values and set it again.`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="outcome-form" data-testid="outcome-form" aria-label="Set the outcome" onSubmit={submit}>
      <label>
        Outcome
        <select aria-label="Outcome" value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)}>
          <option value="">choose…</option>
          {ResponseOutcome.options.map((o) => (
            <option key={o} value={o}>
              {words(o)}
            </option>
          ))}
        </select>
      </label>
      {outcome === "interview" && (
        <>
          <label>
            Interview on
            <input type="datetime-local" value={at} onInput={(e) => setAt(e.currentTarget.value)} />
          </label>
          <label>
            Interview type
            <select aria-label="Interview type" value={type} onChange={(e) => setType(e.currentTarget.value)}>
              {InterviewType.options.map((t) => (
                <option key={t} value={t}>
                  {words(t)}
                </option>
              ))}
            </select>
          </label>
        </>
      )}
      <label>
        Note (optional)
        <input type="text" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <button type="submit" disabled={busy}>
        {busy ? "Saving…" : "Set outcome"}
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {done && <p role="status">{done}</p>}
    </form>
  );
}
