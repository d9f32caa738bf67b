import type { Db } from "@nyx/db";
import { AppError, type ErrorIssue } from "@nyx/shared";
import { readToken } from "../auth/token.ts";
import type { Env } from "../env.ts";
import { createLogger } from "../http/logging.ts";
import { openMigratedDatabase, runningServer } from "../runtime.ts";

/**
 * Runs a CLI action against the database directly, or, when a server already owns the embedded
 * database (PGlite is one process's), through that server's API with the token.
 */
export async function viaServerOrDatabase<T>(
  env: Env,
  options: {
    path: string;
    /** A JSON body to POST (or PUT, with `method`); without one the request is a GET. */
    body?: unknown;
    method?: "POST" | "PUT";
    /** Read the answer as text (CSV) rather than JSON. */
    text?: boolean;
    parse: (body: unknown) => T;
    direct: (db: Db) => Promise<T>;
  },
): Promise<T> {
  const server = env.DATABASE_URL ? undefined : runningServer(env.NYX_DATA_DIR);
  if (!server) {
    const database = await openMigratedDatabase(env, createLogger({ level: "warn" }));
    try {
      return await options.direct(database.db);
    } finally {
      await database.close();
    }
  }
  const token = readToken(env.NYX_DATA_DIR);
  if (!token) throw new AppError("unauthorized", `no token in ${env.NYX_DATA_DIR}`);
  const response = await fetch(`http://127.0.0.1:${server.port}${options.path}`, {
    method: options.body === undefined ? "GET" : (options.method ?? "POST"),
    headers: {
      authorization: `Bearer ${token}`,
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const body: unknown = options.text && response.ok ? await response.text() : await response.json();
  if (!response.ok) {
    const error = body as { message?: string; issues?: ErrorIssue[] };
    throw new AppError("bad_request", error.message ?? `the server answered ${response.status}`, {
      ...(error.issues ? { issues: error.issues } : {}),
    });
  }
  return options.parse(body);
}
