import type { WaitingForPerson } from "@nyx/shared";
import { useState } from "preact/hooks";
import { errorMessage, sendMessage } from "../../../src/messaging.ts";
import { ago } from "./format.ts";

const WHAT: Record<WaitingForPerson["kind"], string> = {
  captcha: "A CAPTCHA to solve",
  verification_code: "A code to type (sent by SMS or e-mail)",
  checkpoint: "A security check to pass",
  logged_out: "Sign in again on the site",
  needs_person: "Questions only you can answer",
  check_manually: "Check whether the application was sent",
};

function Waiting({ item, now }: { item: WaitingForPerson; now: number }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const show = async () => {
    setError(undefined);
    try {
      const answer = await sendMessage("showWorkerTab", { applicationId: item.applicationId });
      if ("error" in answer) setError(answer.error);
    } catch (e) {
      setError(`The extension's background does not answer (${errorMessage(e)}): reload the extension.`);
    }
  };
  return (
    <li data-testid="waiting-item">
      <strong>{WHAT[item.kind]}</strong>: {item.jobTitle ?? "an application"}
      {item.company && ` at ${item.company}`}
      <div class="meta">
        {item.detail && `${item.detail} · `}waiting {ago(item.since, now)}
      </div>
      <button type="button" onClick={() => void show()}>
        Go to the tab
      </button>
      {error && <p class="error">{error}</p>}
    </li>
  );
}

/** What only the person can do, each with a button that brings its tab forward. */
export function WaitingList({ waiting, now }: { waiting: WaitingForPerson[]; now: number }) {
  if (waiting.length === 0) return null;
  return (
    <section data-testid="waiting" class="waiting">
      <h3>Waiting for you ({waiting.length})</h3>
      <ul>
        {waiting.map((item) => (
          <Waiting key={item.applicationId} item={item} now={now} />
        ))}
      </ul>
    </section>
  );
}
