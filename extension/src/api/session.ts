import { type SessionAction, SessionResponse, type SessionView } from "@nyx/shared";
import { callApi } from "../server-client.ts";

/** The person's session: the open one, else the last; null before the first. */
export async function fetchSession(): Promise<SessionView | null> {
  return (await callApi("/api/session", SessionResponse)).session;
}

/** Start, pause, resume or stop the session; answers the session as it is afterwards. */
export async function actOnSession(action: SessionAction): Promise<SessionView> {
  const { session } = await callApi(`/api/session/${action}`, SessionResponse, { json: {} });
  if (!session) throw new Error("The server answered without a session: reload the panel.");
  return session;
}
