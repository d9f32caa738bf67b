import { SessionAction } from "@nyx/shared";
import { Hono } from "hono";
import type { AppEnv } from "../../http/types.ts";
import type { SessionService } from "../../sessions/service.ts";

/**
 * The person's session: `GET /api/session` (the open one, else the last), and
 * `POST /api/session/{start,pause,resume,stop}` (the CLI, the side panel and Telegram do the same).
 */
export function sessionRoutes(sessions: SessionService) {
  return new Hono<AppEnv>()
    .get("/", async (c) => c.json({ session: await sessions.view() }))
    .post("/:action", async (c) => {
      const action = SessionAction.parse(c.req.param("action"));
      const session = await sessions.act(action);
      c.get("log").info({ action, sessionId: session.id }, "session action");
      return c.json({ session });
    });
}
