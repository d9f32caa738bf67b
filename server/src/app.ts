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
import { applicationHistoryRoutes } from "./routes/application-history/index.ts";
import { applicationRoutes } from "./routes/applications/index.ts";
import { applyRoutes, resumeRoutes } from "./routes/apply/index.ts";
import { correctionRoutes } from "./routes/corrections/index.ts";
import { domainPolicyRoutes } from "./routes/domain-policies/index.ts";
import { fillPlanRoutes } from "./routes/fill-plan/index.ts";
import { followUpRoutes } from "./routes/follow-ups/index.ts";
import { healthRoutes } from "./routes/health.ts";
import { interruptionRoutes } from "./routes/interruptions/index.ts";
import { interviewRoutes } from "./routes/interviews/index.ts";
import { jobRoutes } from "./routes/jobs/index.ts";
import { metricsRoutes } from "./routes/metrics.ts";
import { monitorRoutes } from "./routes/monitor/index.ts";
import { notificationRoutes } from "./routes/notifications/index.ts";
import { pairRoutes } from "./routes/pair.ts";
import { profileRoutes } from "./routes/profiles/index.ts";
import { reviewQueueRoutes } from "./routes/review-queue/index.ts";
import { sessionRoutes } from "./routes/session/index.ts";
import { settingsRoutes } from "./routes/settings/index.ts";
import { statsRoutes } from "./routes/stats/index.ts";
import { createSessionService } from "./sessions/service.ts";

export type { AppDeps } from "./deps.ts";

/** The whole HTTP API; opens no port (tests call `app.request()`, `serve.ts` listens). */
export function createApp(deps: AppDeps) {
  const metrics = deps.metrics ?? createMetrics();
  const llm = deps.llm ?? createLlm({ env: deps.env, db: deps.database.db, logger: deps.logger });
  const sessions =
    deps.sessions ??
    createSessionService({
      env: deps.env,
      db: deps.database.db,
      logger: deps.logger,
      dataDir: deps.dataDir,
      live: deps.live,
    });
  const withSessions = { ...deps, sessions };
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
  // History first: its /history and /history.csv must not be taken for an application id.
  app.route("/api/applications", applicationHistoryRoutes(deps));
  app.route("/api/applications", applicationRoutes(deps));
  app.route("/api/applications", applyRoutes(withSessions));
  app.route("/api/applications", interruptionRoutes(deps));
  app.route("/api/resumes", resumeRoutes(deps));
  app.route("/api/fill-plan", fillPlanRoutes(deps, llm));
  app.route("/api/settings", settingsRoutes(deps));
  app.route("/api/review-queue", reviewQueueRoutes(deps));
  app.route("/api/session", sessionRoutes(sessions));
  app.route("/api/monitor", monitorRoutes(deps, llm));
  app.route("/api/interviews", interviewRoutes(deps));
  app.route("/api/stats", statsRoutes(deps));
  app.route("/api/follow-ups", followUpRoutes(deps));
  app.route("/api/notifications", notificationRoutes(deps));
  app.route("/api/domain-policies", domainPolicyRoutes(deps));
  return app;
}
export type App = ReturnType<typeof createApp>;
