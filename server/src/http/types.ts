import type { Logger } from "pino";

/** What every handler can read from the context. */
export interface AppEnv {
  Variables: {
    requestId: string;
    log: Logger;
  };
}
