import { Hono } from "hono";
import type { Metrics } from "../http/metrics.ts";
import type { AppEnv } from "../http/types.ts";

/** GET /metrics: Prometheus text. */
export function metricsRoutes(metrics: Metrics) {
  return new Hono<AppEnv>().get("/", async (c) => {
    c.header("Content-Type", metrics.registry.contentType);
    return c.body(await metrics.registry.metrics());
  });
}
