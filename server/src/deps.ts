import type { Database } from "@nyx/db";
import type { Logger } from "pino";
import type { Env } from "./env.ts";
import type { DoorConfig } from "./http/guard.ts";
import type { Metrics } from "./http/metrics.ts";
import type { CaptchaSolver } from "./interruptions/captcha-solver.ts";
import type { LivePublisher } from "./live/hub.ts";
import type { Llm } from "./llm/index.ts";
import type { Notifier } from "./notify/types.ts";
import type { SessionService } from "./sessions/service.ts";

/** Everything the app needs from outside; tests build these from real parts. */
export interface AppDeps {
  env: Env;
  database: Database;
  logger: Logger;
  door: DoorConfig;
  /** The Nyx data folder: token, pairing state, stored CV files. */
  dataDir: string;
  /** Tells the connected extensions what just happened (hunts, status changes), after the work is committed. */
  live: LivePublisher & { readonly size: number };
  metrics?: Metrics;
  /** Chat and embeddings; built from the environment when not given (offline without keys). */
  llm?: Llm;
  /** Reaches the person on their phone (Telegram); absent or disabled: the side panel and digest only. */
  notifier?: Notifier;
  /** Sessions and the worker queue; built from the other parts when not given (tests). */
  sessions?: SessionService;
  /** Who solves a CAPTCHA before submit; when not given, 2captcha if TWOCAPTCHA_API_KEY is set, else the person. */
  captchaSolver?: CaptchaSolver;
}
