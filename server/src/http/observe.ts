import { randomUUID } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { Logger } from "pino";
import type { Metrics } from "./metrics.ts";
import type { AppEnv } from "./types.ts";

/**
 * A request id of our own on every request (and its log lines), one log line per response with
 * the route pattern (never the query string or body), and the request metrics.
 */
export function observe(logger: Logger, metrics: Metrics): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const requestId = randomUUID();
    const log = logger.child({ requestId });
    c.set("requestId", requestId);
    c.set("log", log);
    const started = performance.now();
    await next();
    const seconds = (performance.now() - started) / 1000;
    const route = c.res.status === 404 ? "(unmatched)" : routePath(c, -1);
    c.res.headers.set("X-Request-Id", requestId);
    c.res.headers.set("X-Content-Type-Options", "nosniff");
    c.res.headers.set("Cache-Control", "no-store");
    c.res.headers.set("Referrer-Policy", "no-referrer");
    metrics.httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) });
    metrics.httpDuration.observe({ method: c.req.method, route }, seconds);
    log.info({ method: c.req.method, route, status: c.res.status, ms: Math.round(seconds * 1000) }, "request");
  };
}
