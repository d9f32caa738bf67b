import type { Driver } from "@nyx/db";
import { createTestDatabase, type TestDatabase } from "@nyx/db/testing";
import { type AppDeps, createApp } from "../src/app.ts";
import { pinnedOrigin } from "../src/auth/pairing.ts";
import { ensureToken } from "../src/auth/token.ts";
import { type Env, parseEnv } from "../src/env.ts";
import { createLogger } from "../src/http/logging.ts";
import { createLiveHub, type LiveHub } from "../src/live/hub.ts";
import { createSessionService, type SessionService } from "../src/sessions/service.ts";

export const TEST_PORT = 48765;
export const FIXTURES = new URL("../../../shared/fixtures/", import.meta.url);

export interface TestApp {
  app: ReturnType<typeof createApp>;
  t: TestDatabase;
  env: Env;
  token: string;
  dataDir: string;
  /** The live hub the routes publish to (subscribe to see what a connected extension would get). */
  live: LiveHub;
  /** Every log line written so far. */
  logs: string[];
  /** The session service the routes use; `extension.connected` says whether an extension is there to take work. */
  sessions: SessionService;
  extension: { connected: boolean };
  /** A request as the paired extension would send it (Host and token set; override any header). */
  call(path: string, init?: RequestInit & { json?: unknown }): Promise<Response>;
  dispose(): Promise<void>;
}

/** The real app over a real database (PGlite by default) with its logs captured. */
export async function createTestApp(
  options: { driver?: Driver; env?: Record<string, string> } & Pick<AppDeps, "notifier" | "captchaSolver"> = {},
): Promise<TestApp> {
  const t = await createTestDatabase(options.driver ?? "pglite");
  const env = parseEnv({ NYX_DATA_DIR: t.dataDir, NYX_PORT: String(TEST_PORT), LOG_LEVEL: "debug", ...options.env });
  const logs: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } });
  const token = ensureToken(t.dataDir);
  const live = createLiveHub(logger);
  const extension = { connected: false };
  const sessions = createSessionService({
    env,
    db: t.database.db,
    logger,
    dataDir: t.dataDir,
    live: {
      publish: (event) => live.publish(event),
      get size() {
        return extension.connected ? 1 : 0;
      },
    },
  });
  const app = createApp({
    sessions,
    env,
    database: t.database,
    logger,
    dataDir: t.dataDir,
    door: { port: TEST_PORT, token, pinnedOrigin: () => pinnedOrigin(t.dataDir) },
    live,
    ...(options.notifier ? { notifier: options.notifier } : {}),
    ...(options.captchaSolver ? { captchaSolver: options.captchaSolver } : {}),
  });
  return {
    app,
    t,
    env,
    token,
    dataDir: t.dataDir,
    live,
    logs,
    sessions,
    extension,
    call: async (path, init = {}) => {
      const { json, headers, ...rest } = init;
      const merged = new Headers({ host: `127.0.0.1:${TEST_PORT}`, authorization: `Bearer ${token}` });
      if (json !== undefined) merged.set("content-type", "application/json");
      for (const [k, v] of new Headers(headers)) merged.set(k, v);
      return app.request(`http://127.0.0.1:${TEST_PORT}${path}`, {
        ...rest,
        headers: merged,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
    dispose: async () => {
      await sessions.close();
      live.close();
      return t.dispose();
    },
  };
}
