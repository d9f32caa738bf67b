import type { ApplicationDetail } from "@nyx/shared";
import { usd, when, words } from "./format.ts";

/** What happened to an application: timeline, events, interviews, corrections and model cost. */

const shown = (value: unknown) =>
  value === null || value === undefined ? "(empty)" : typeof value === "string" ? value : JSON.stringify(value);

export function DetailTimeline({ timeline }: { timeline: ApplicationDetail["timeline"] }) {
  return (
    <section data-testid="detail-timeline">
      <h3>Timeline</h3>
      {timeline.length === 0 ? (
        <p class="empty">No change of status was recorded yet.</p>
      ) : (
        <ol class="compact">
          {timeline.map((t) => (
            <li key={t.id}>
              <time>{when(t.at)}</time> {t.kind === "outcome" ? "outcome " : ""}
              {t.oldStatus ? `${words(t.oldStatus)} → ` : ""}
              <strong>{words(t.newStatus)}</strong>
              {t.reason && ` (${t.reason})`}
              {t.actor && ` · by ${t.actor}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function DetailEvents({ events }: { events: ApplicationDetail["events"] }) {
  return (
    <section data-testid="detail-events">
      <h3>Events</h3>
      {events.length === 0 ? (
        <p class="empty">No event was recorded yet.</p>
      ) : (
        <ol class="compact">
          {events.map((e) => (
            <li key={e.id}>
              <time>{when(e.at)}</time> <strong>{words(e.type)}</strong>
              {e.detail && `: ${e.detail}`}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export function DetailInterviews({ interviews }: { interviews: ApplicationDetail["interviews"] }) {
  if (interviews.length === 0) return null;
  return (
    <section data-testid="detail-interviews">
      <h3>Interviews</h3>
      <ul class="compact">
        {interviews.map((i) => (
          <li key={i.id}>
            {i.round ? `Round ${i.round}: ` : ""}
            <strong>{i.type ? words(i.type) : "interview"}</strong> on {when(i.scheduledAt)}
            {i.location && ` · ${i.location}`}
            {i.outcomes.map(
              (o) => ` · ${o.outcome ? words(o.outcome) : "no result"}${o.offerExtended ? " (offer)" : ""}`,
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function DetailCorrections({ corrections }: { corrections: ApplicationDetail["corrections"] }) {
  return (
    <section data-testid="detail-corrections">
      <h3>Corrections</h3>
      {corrections.length === 0 ? (
        <p class="empty">
          Nothing corrected. Use Correct beside an answer or the cover letter to fix a recorded value.
        </p>
      ) : (
        <ul class="compact">
          {corrections.map((c) => (
            <li key={c.id} data-testid="correction">
              <strong>{c.label}</strong>: <span class="original">{shown(c.originalValue)}</span> →{" "}
              <span>{shown(c.correctedValue)}</span>
              <span class="meta">
                {" "}
                · {when(c.at)}
                {c.correctedBy && ` by ${c.correctedBy}`}
                {c.reason && ` · ${c.reason}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function DetailCost({ usage, steps }: { usage: ApplicationDetail["usage"]; steps: ApplicationDetail["steps"] }) {
  return (
    <section data-testid="detail-cost">
      <h3>Cost</h3>
      <p>
        {usd(usage.costUsd)} for {usage.calls} model call{usage.calls === 1 ? "" : "s"} ({usage.tokensInput} tokens in,{" "}
        {usage.tokensOutput} out); {steps.total} step{steps.total === 1 ? "" : "s"} in the browser
        {steps.failed > 0 && `, ${steps.failed} failed`}.
      </p>
      {usage.byPurpose.length > 0 && (
        <table class="usage">
          <thead>
            <tr>
              <th>For</th>
              <th>Model</th>
              <th>Calls</th>
              <th>Tokens</th>
              <th>Cost</th>
            </tr>
          </thead>
          <tbody>
            {usage.byPurpose.map((u) => (
              <tr key={`${u.purpose}-${u.model}`}>
                <td>{u.purpose ? words(u.purpose) : "—"}</td>
                <td>{u.model}</td>
                <td>
                  {u.calls}
                  {u.failed > 0 && ` (${u.failed} failed)`}
                </td>
                <td>
                  {u.tokensInput} / {u.tokensOutput}
                </td>
                <td>{usd(u.costUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
