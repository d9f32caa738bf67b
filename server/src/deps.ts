import type { Database } from "@nyx/db";
import type { LiveEvent } from "@nyx/shared";
import type { Logger } from "pino";
import type { Env } from "./env.ts";
import type { DoorConfig } from "./http/guard.ts";
import type { Metrics } from "./http/metrics.ts";
import type { Llm } from "./llm/index.ts";

/** Everything the app needs from outside; tests build these from real parts. */
export interface AppDeps {
  env: Env;
  database: Database;
  logger: Logger;
  door: DoorConfig;
  /** The Nyx data folder: token, pairing state, stored CV files. */
  dataDir: string;
  metrics?: Metrics;
  /** Chat and embeddings; built from the environment when not given (offline without keys). */
  llm?: Llm;
  /** Pushes events to the connected extension over the WebSocket; returns how many sockets got it. */
  live?: { publish(event: LiveEvent): number };
}
