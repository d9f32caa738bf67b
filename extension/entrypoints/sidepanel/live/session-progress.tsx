import type { SessionView } from "@nyx/shared";
import { clock, count, usd } from "./format.ts";

function Bar(props: { id: string; label: string; value: number; max: number; text: string }) {
  return (
    <div class="bar" data-testid={props.id}>
      <span class="bar-label">{props.label}</span>
      <progress aria-label={props.label} value={Math.min(props.value, props.max)} max={props.max} />
      <span class="bar-text">{props.text}</span>
    </div>
  );
}

/** How far the session is: applications toward its limit, the clock, today's cap, tokens and cost. */
export function SessionProgress({ session, now }: { session: SessionView; now: number }) {
  const { counts, limits } = session;
  const end = session.endedAt ? new Date(session.endedAt).getTime() : now;
  const elapsed = Math.max(0, (end - new Date(session.startedAt).getTime()) / 1000);
  return (
    <div class="progress">
      <Bar
        id="progress-applications"
        label="Applications"
        value={counts.attempted}
        max={limits.maxApplications}
        text={`${counts.attempted} of ${limits.maxApplications} (${counts.submitted} submitted, ${counts.failed} failed, ${counts.paused} paused)`}
      />
      <Bar
        id="progress-clock"
        label="Time"
        value={elapsed}
        max={limits.maxSeconds}
        text={`${clock(elapsed)} of ${clock(limits.maxSeconds)}`}
      />
      <Bar
        id="progress-today"
        label="Today"
        value={counts.today}
        max={limits.maxDaily}
        text={`${counts.today} of ${limits.maxDaily} a day`}
      />
      <p class="meta" data-testid="session-cost">
        {count(session.tokensInput)} tokens in, {count(session.tokensOutput)} out · {usd(session.costUsd)} so far ·{" "}
        {counts.queued} in the queue
      </p>
    </div>
  );
}
