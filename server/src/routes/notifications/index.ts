import type { NotificationChannels, NotificationTestResponse } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import type { AppEnv } from "../../http/types.ts";
import { notificationChannels, sendTestMessage } from "../../notify/test-message.ts";

/** The notification channels: which are configured, and a test message through each. */
export function notificationRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", (c) => {
      const body: NotificationChannels = { channels: notificationChannels(deps.env, deps.notifier) };
      return c.json(body);
    })
    .post("/test", async (c) => {
      const results = await sendTestMessage({ env: deps.env, logger: c.get("log"), notifier: deps.notifier });
      const body: NotificationTestResponse = { sent: results.some((r) => r.status === "sent"), results };
      return c.json(body);
    });
}
