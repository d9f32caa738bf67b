import { Hono } from "hono";
import type { AppDeps } from "../deps.ts";
import { featureStates } from "../env.ts";
import type { AppEnv } from "../http/types.ts";
import { llmModes } from "../llm/modes.ts";
import { VERSION } from "../version.ts";

const PING_TIMEOUT_MS = 2000;

/** GET /health: is the database there, which outside services are configured. No secrets, no personal data. */
export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/", async (c) => {
    const database = await pingDatabase(deps);
    const features = featureStates(deps.env);
    const body = {
      status: database.ok ? "ok" : "degraded",
      version: VERSION,
      database,
      features,
      /** Whether chat and embeddings talk to a model ("online") or run the deterministic fallback ("offline"). */
      llm: llmModes(deps.env),
      notices: Object.values(features).flatMap((f) => (f.notice ? [f.notice] : [])),
      paired: deps.door.pinnedOrigin() !== undefined,
    };
    return c.json(body, database.ok ? 200 : 503);
  });
}

async function pingDatabase(deps: AppDeps): Promise<{ ok: boolean; driver: string; error?: string }> {
  const driver = deps.database.driver;
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      deps.database.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${PING_TIMEOUT_MS} ms`)), PING_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, driver };
  } catch (error) {
    deps.logger.warn({ err: error }, "database ping failed");
    return { ok: false, driver, error: "the database does not answer" };
  } finally {
    clearTimeout(timer);
  }
}
