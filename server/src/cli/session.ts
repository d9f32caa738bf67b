import { AppError, type SessionAction, SessionResponse } from "@nyx/shared";
import { readToken } from "../auth/token.ts";
import type { Env } from "../env.ts";
import { runningServer } from "../runtime.ts";
import { describeSession } from "../sessions/describe.ts";

const ACTIONS = ["start", "pause", "resume", "stop", "status"] as const;
type SessionVerb = SessionAction | "status";

/**
 * `nyx session start|pause|resume|stop|status [--json]`: sessions run inside the server (its tabs
 * are the extension's), so this talks to the running server with the token.
 */
export async function sessionCommand(env: Env, verb: string | undefined, options: { json: boolean }): Promise<number> {
  if (!ACTIONS.includes(verb as SessionVerb))
    throw new AppError("bad_request", `say what to do: nyx session ${ACTIONS.join("|")} [--json]`);
  const server = runningServer(env.NYX_DATA_DIR);
  if (!server)
    throw new AppError(
      "conflict",
      `no Nyx server is running for ${env.NYX_DATA_DIR}: sessions run inside it; start it with "nyx start"`,
    );
  const token = readToken(env.NYX_DATA_DIR);
  if (!token) throw new AppError("unauthorized", `no token in ${env.NYX_DATA_DIR}`);
  const post = verb !== "status";
  const response = await fetch(`http://127.0.0.1:${server.port}/api/session${post ? `/${verb}` : ""}`, {
    method: post ? "POST" : "GET",
    headers: { authorization: `Bearer ${token}`, ...(post ? { "content-type": "application/json" } : {}) },
    ...(post ? { body: "{}" } : {}),
  });
  const body: unknown = await response.json();
  if (!response.ok)
    throw new AppError(
      "bad_request",
      (body as { message?: string }).message ?? `the server answered ${response.status}`,
    );
  const { session } = SessionResponse.parse(body);
  if (options.json) {
    process.stdout.write(`${JSON.stringify({ session }, null, 2)}\n`);
    return 0;
  }
  process.stdout.write(`${session ? describeSession(session) : 'No session yet: "nyx session start" begins one.'}\n`);
  return 0;
}
