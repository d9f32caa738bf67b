import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { type Database, openDatabase } from "@nyx/db";
import type { Logger } from "pino";
import { pinnedOrigin } from "./auth/pairing.ts";
import { ensureToken } from "./auth/token.ts";
import type { Env } from "./env.ts";
import { startServer } from "./serve.ts";

/** Opens the configured database (PGlite in the data folder, or DATABASE_URL) and migrates it. */
export async function openMigratedDatabase(env: Env, logger: Logger): Promise<Database> {
  mkdirSync(env.NYX_DATA_DIR, { recursive: true, mode: 0o700 });
  const database = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    dataDir: env.NYX_DATA_DIR,
    onPoolError: (error) => logger.warn({ err: error }, "database connection dropped; the pool reconnects"),
  });
  try {
    const { applied, total } = await database.migrate();
    logger.info({ driver: database.driver, applied, total }, "database ready");
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Migrate, serve on 127.0.0.1, and note the running server in the data folder for the CLI. */
export async function runServer(env: Env, logger: Logger) {
  const token = ensureToken(env.NYX_DATA_DIR);
  const database = await openMigratedDatabase(env, logger);
  const dataDir = env.NYX_DATA_DIR;
  try {
    const server = await startServer(
      { env, database, logger, dataDir, door: { token, pinnedOrigin: () => pinnedOrigin(dataDir) } },
      env.NYX_PORT,
    );
    writeFileSync(join(dataDir, "server.json"), JSON.stringify({ pid: process.pid, port: server.port }), {
      mode: 0o600,
    });
    return {
      database,
      server,
      stop: async () => {
        await server.close();
        await database.close();
        if (runningServer(dataDir)?.pid === process.pid) rmSync(join(dataDir, "server.json"), { force: true });
      },
    };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** The server started from this data folder, if one is running. */
export function runningServer(dataDir: string): { pid: number; port: number } | undefined {
  try {
    const info = JSON.parse(readFileSync(join(dataDir, "server.json"), "utf8")) as { pid?: unknown; port?: unknown };
    if (typeof info.pid !== "number" || typeof info.port !== "number") return undefined;
    process.kill(info.pid, 0);
    return { pid: info.pid, port: info.port };
  } catch {
    return undefined;
  }
}
