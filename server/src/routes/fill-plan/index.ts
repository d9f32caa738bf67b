import { FillPlanRequest } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import { fillPlanFor } from "../../fill-plan/index.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { publishApplications } from "../../live/application-events.ts";
import type { Llm } from "../../llm/index.ts";

/** POST /api/fill-plan: the extension's description of a form in, the plan (and the flags) out. */
export function fillPlanRoutes(deps: AppDeps, llm: Llm) {
  return new Hono<AppEnv>().post("/", async (c) => {
    const request = FillPlanRequest.parse(await readJson(c));
    const response = await fillPlanFor(
      { db: deps.database.db, llm, logger: c.get("log"), dataDir: deps.dataDir },
      request,
    );
    c.get("log").info(
      { applicationId: response.applicationId, fields: response.plan.fields.length, flags: response.plan.flags.length },
      "fill plan",
    );
    // A plan is progress on the application (and flagged questions pause it for the person). The
    // tab waits for its plan, the side panel need not hold it up: told after the answer (never throws).
    if (response.applicationId) {
      const live = { db: deps.database.db, live: deps.live, logger: c.get("log") };
      void publishApplications(live, [response.applicationId]);
    }
    return c.json(response);
  });
}
