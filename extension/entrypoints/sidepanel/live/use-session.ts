import type { SessionAction, SessionView } from "@nyx/shared";
import { useEffect, useRef, useState } from "preact/hooks";
import { actOnSession, fetchSession } from "../../../src/api/session.ts";

export type SessionLoad =
  | { state: "loading" }
  | { state: "ok"; session: SessionView | null }
  | { state: "error"; message: string };

export interface SessionControl {
  load: SessionLoad;
  reload(): void;
  act(action: SessionAction): Promise<void>;
  /** An action is on its way to the server. */
  busy: SessionAction | undefined;
  /** Why the last action failed, with what to do. */
  actionError: string | undefined;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The session as the server has it, fetched again whenever the server reports a change over the
 * WebSocket (`changes` grows); fetches never overlap, and a change during one fetches once more.
 */
export function useSession(changes: number): SessionControl {
  const [load, setLoad] = useState<SessionLoad>({ state: "loading" });
  const [busy, setBusy] = useState<SessionAction | undefined>(undefined);
  const [actionError, setActionError] = useState<string | undefined>(undefined);
  const inFlight = useRef(false);
  const again = useRef(false);

  const reload = () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    inFlight.current = true;
    fetchSession()
      .then(
        (session) => setLoad({ state: "ok", session }),
        (e: unknown) => setLoad({ state: "error", message: message(e) }),
      )
      .finally(() => {
        inFlight.current = false;
        if (again.current) {
          again.current = false;
          reload();
        }
      });
  };
  useEffect(reload, [changes]);

  const act = async (action: SessionAction) => {
    setBusy(action);
    setActionError(undefined);
    try {
      const session = await actOnSession(action);
      setLoad({ state: "ok", session });
    } catch (e) {
      setActionError(`Could not ${action} the session: ${message(e)} Check the server, then try again.`);
      reload();
    } finally {
      setBusy(undefined);
    }
  };

  return { load, reload, act, busy, actionError };
}
