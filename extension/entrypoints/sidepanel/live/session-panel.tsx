import type { SessionView } from "@nyx/shared";
import "./live.css";
import { LoadError } from "../load-error.tsx";
import { SessionControls } from "./session-controls.tsx";
import { SessionProgress } from "./session-progress.tsx";
import { useNow } from "./use-now.ts";
import { useSession } from "./use-session.ts";
import { WaitingList } from "./waiting-list.tsx";
import { WorkerList } from "./worker-list.tsx";

const STATUS: Record<SessionView["status"], string> = {
  planned: "Starting",
  running: "Running",
  paused: "Paused",
  completed: "Ended",
  failed: "Failed",
  cancelled: "Cancelled",
};

/** The session: its state and controls, progress toward its limits, worker tabs, and what waits for the person. */
export function SessionPanel({ changes }: { changes: number }) {
  const control = useSession(changes);
  const { load } = control;
  const session = load.state === "ok" ? load.session : null;
  const now = useNow(session?.status === "running" || session?.status === "paused");

  return (
    <section data-testid="session">
      <h2>Session</h2>
      {load.state === "loading" && <p>Loading the session…</p>}
      {load.state === "error" && <LoadError message={load.message} retry={control.reload} />}
      {load.state === "ok" && (
        <>
          {session ? (
            <p data-testid="session-status" data-status={session.status}>
              <strong>{STATUS[session.status]}</strong>
              {session.reason && ` (${session.reason})`} · started {new Date(session.startedAt).toLocaleTimeString()}
            </p>
          ) : (
            <p class="empty" data-testid="session-status">
              No session yet. Approve jobs in the Queue tab (or hunt some), then press Start: Nyx applies to the queued
              jobs in its worker tabs.
            </p>
          )}
          <SessionControls session={session} busy={control.busy} act={(a) => void control.act(a)} />
          {control.actionError && <p class="error">{control.actionError}</p>}
          {session && (
            <>
              <SessionProgress session={session} now={now} />
              <WaitingList waiting={session.waiting} now={now} />
              <WorkerList session={session} now={now} />
            </>
          )}
        </>
      )}
    </section>
  );
}
