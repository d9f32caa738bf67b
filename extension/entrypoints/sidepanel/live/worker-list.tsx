import type { SessionView } from "@nyx/shared";
import { ago } from "./format.ts";

/** Each worker tab and what it is doing now. */
export function WorkerList({ session, now }: { session: SessionView; now: number }) {
  const open = session.status === "running" || session.status === "paused";
  return (
    <section data-testid="workers">
      <h3>
        Worker tabs ({session.workers.length} of {session.limits.workers})
      </h3>
      {open && !session.extensionConnected && (
        <p class="error">
          No extension is connected, so no tab can apply: keep this Chrome open and check the connection above.
        </p>
      )}
      {session.workers.length === 0 ? (
        <p class="empty">
          {open
            ? session.counts.queued > 0
              ? "No tab is applying right now; the next application starts after a short pause."
              : "No tab is applying: the queue is empty. Approve jobs in the Queue tab or hunt more."
            : "No tab is applying."}
        </p>
      ) : (
        <ol class="workers">
          {session.workers.map((w, i) => (
            <li key={w.applicationId} data-testid="worker">
              <strong>Tab {i + 1}</strong>: {w.jobTitle ?? "an application"}
              {w.company && ` at ${w.company}`}
              {w.domain && <span class="meta"> ({w.domain})</span>}
              <div class="meta">
                {w.doing ?? "opening the form"} · started {ago(w.since, now)}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
