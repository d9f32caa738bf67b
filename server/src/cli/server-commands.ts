import { ensureToken } from "../auth/token.ts";
import type { Env } from "../env.ts";
import { createLogger } from "../http/logging.ts";
import { openMigratedDatabase, runServer } from "../runtime.ts";
import { extensionBuildDir } from "./paths.ts";

/** `nyx start`: serves until SIGINT/SIGTERM; returns -1 so the process stays up. */
export async function startCommand(env: Env): Promise<number> {
  const logger = createLogger({ level: env.LOG_LEVEL });
  const running = await runServer(env, logger);
  const base = `http://127.0.0.1:${running.server.port}`;
  process.stdout.write(
    [
      "",
      `Nyx Venatrix is listening on ${base} (health: ${base}/health), database: ${running.database.driver}.`,
      "Load the extension: chrome://extensions → Developer mode → Load unpacked →",
      `  ${extensionBuildDir()}`,
      'Pair it: run "pnpm nyx pair" and enter the code in the Nyx side panel.',
      "",
    ].join("\n"),
  );
  const shutdown = (signal: string) => {
    logger.info({ signal }, "shutting down");
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => shutdown("SIGINT"));
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  return -1;
}

export async function migrateCommand(env: Env): Promise<number> {
  const logger = createLogger({ level: "warn" });
  const database = await openMigratedDatabase(env, logger);
  try {
    const { total } = await database.migrate();
    process.stdout.write(`Database ${database.location} is up to date (${total} migrations applied).\n`);
    return 0;
  } finally {
    await database.close();
  }
}

export function tokenCommand(env: Env): number {
  process.stdout.write(`${ensureToken(env.NYX_DATA_DIR)}\n`);
  return 0;
}
