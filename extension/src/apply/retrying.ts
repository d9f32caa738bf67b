import { type BackoffPolicy, backoffDelay } from "../live/backoff.ts";
import { ServerError } from "../server-error.ts";
import { sleep } from "./dom-actions.ts";

/** Reports keep trying this long while the server is away (restarting, busy), then give up. */
const GIVE_UP_MS = 120_000;
const POLICY: BackoffPolicy = { baseMs: 1_000, capMs: 15_000 };

/** The server could not be reached or failed for a while; a refusal (4xx) is an answer and is never retried. */
function passing(error: unknown): boolean {
  if (!(error instanceof ServerError)) return false;
  return error.status === undefined || error.status === 429 || error.status >= 500;
}

/**
 * Calls the server until it answers, with exponential backoff for about two minutes while it is
 * unreachable; a report is worth the wait (the server retries the application by what it knows).
 */
export async function retrying<T>(call: () => Promise<T>, giveUpMs = GIVE_UP_MS): Promise<T> {
  const deadline = Date.now() + giveUpMs;
  for (let attempt = 0; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const delay = backoffDelay(attempt, POLICY);
      if (!passing(error) || Date.now() + delay > deadline) throw error;
      await sleep(delay);
    }
  }
}
