import { AppError } from "@nyx/shared";
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppDeps } from "./deps.ts";
import { errorResponse } from "./http/errors.ts";
import { apiDoor, hostAndOrigin, jsonOnly } from "./http/guard.ts";
import { createMetrics } from "./http/metrics.ts";
import { observe } from "./http/observe.ts";
import type { AppEnv } from "./http/types.ts";
import { createLlm } from "./llm/index.ts";
import { applicationRoutes } from "./routes/applications/index.ts";
import { applyRoutes, resumeRoutes } from "./routes/apply/index.ts";
import { correctionRoutes } from "./routes/corrections/index.ts";
import { fillPlanRoutes } from "./routes/fill-plan/index.ts";
import { healthRoutes } from "./routes/health.ts";
import { interruptionRoutes } from "./routes/interruptions/index.ts";
import { jobRoutes } from "./routes/jobs/index.ts";
import { metricsRoutes } from "./routes/metrics.ts";
import { pairRoutes } from "./routes/pair.ts";
import { profileRoutes } from "./routes/profiles/index.ts";
import { reviewQueueRoutes } from "./routes/review-queue/index.ts";
import { settingsRoutes } from "./routes/settings/index.ts";

export type { AppDeps } from "./deps.ts";

/** The whole HTTP API; opens no port (tests call `app.request()`, `serve.ts` listens). */
export function createApp(deps: AppDeps) {
  const metrics = deps.metrics ?? createMetrics();
  const llm = deps.llm ?? createLlm({ env: deps.env, db: deps.database.db, logger: deps.logger });
  const app = new Hono<AppEnv>();
  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) => errorResponse(c, new AppError("not_found", `no route for ${c.req.method} ${c.req.path}`)));

  app.use(observe(deps.logger, metrics));
  app.use(hostAndOrigin(deps.door, { openToAnyExtension: ["/health", "/pair"] }));
  app.use(
    bodyLimit({
      maxSize: deps.env.NYX_BODY_LIMIT_BYTES,
      onError: (c) => errorResponse(c, new AppError("payload_too_large", "the request body is too large")),
    }),
  );
  app.use("/pair", jsonOnly());
  app.use("/api/*", apiDoor(deps.door));

  app.route("/health", healthRoutes(deps));
  app.route("/metrics", metricsRoutes(metrics));
  app.route("/pair", pairRoutes(deps));
  app.route("/api/profiles", profileRoutes(deps));
  app.route("/api/corrections", correctionRoutes(deps));
  app.route("/api/jobs", jobRoutes(deps, llm));
  app.route("/api/applications", applicationRoutes(deps));
  app.route("/api/applications", applyRoutes(deps));
  app.route("/api/applications", interruptionRoutes(deps));
  app.route("/api/resumes", resumeRoutes(deps));
  app.route("/api/fill-plan", fillPlanRoutes(deps, llm));
  app.route("/api/settings", settingsRoutes(deps));
  app.route("/api/review-queue", reviewQueueRoutes(deps));
  return app;
}
export type App = ReturnType<typeof createApp>;
