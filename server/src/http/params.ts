import { z } from "zod";

/** A path parameter that must be a UUID (`what` names it in the 400 answer). */
export function uuidParam(raw: string | undefined, what = "the application id"): string {
  return z.uuid({ error: `${what} must be a UUID` }).parse(raw);
}
