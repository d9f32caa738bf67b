import type { SessionAction, SessionView } from "@nyx/shared";

const LABEL: Record<SessionAction, string> = { start: "Start", pause: "Pause", resume: "Resume", stop: "Stop" };

/** The actions that make sense for the session as it is (none yet, or ended: start a new one). */
function actionsFor(session: SessionView | null): SessionAction[] {
  if (!session) return ["start"];
  if (session.status === "running") return ["pause", "stop"];
  if (session.status === "paused") return ["resume", "stop"];
  if (session.status === "planned") return ["stop"];
  return ["start"];
}

/** Start / Pause / Resume / Stop, the same as "nyx session …" and Telegram. */
export function SessionControls(props: {
  session: SessionView | null;
  busy: SessionAction | undefined;
  act: (action: SessionAction) => void;
}) {
  return (
    <div class="actions session-controls">
      {actionsFor(props.session).map((action) => (
        <button
          key={action}
          type="button"
          disabled={props.busy !== undefined}
          onClick={() => props.act(action)}
          title={action === "stop" ? "End the session; applications being sent finish first" : undefined}
        >
          {props.busy === action ? `${LABEL[action]}…` : LABEL[action]}
        </button>
      ))}
    </div>
  );
}
