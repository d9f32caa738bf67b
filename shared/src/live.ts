import { z } from "zod";
import { HuntResult } from "./hunt.ts";

/**
 * What the server pushes over the WebSocket `/ws` to the paired extension (background, which
 * forwards to the side panel). Browsers cannot set headers on a WebSocket, so the extension sends
 * its token as the subprotocol `nyx.bearer.<token>`; the server checks it with the same door as HTTP.
 */
export const LiveApplication = z.object({
  id: z.uuid(),
  status: z.string(),
  /** Why it is where it is, for the person ("waiting for the person: …", "CAPTCHA"). */
  reason: z.string().nullable(),
  jobTitle: z.string().nullable(),
  company: z.string().nullable(),
});
export type LiveApplication = z.infer<typeof LiveApplication>;

export const LiveEvent = z.discriminatedUnion("type", [
  /** First message on every connection. */
  z.object({ type: z.literal("hello"), version: z.number().int() }),
  /** A job was hunted (from any source: the page button, the CLI, a bulk enqueue). */
  z.object({ type: z.literal("hunt"), result: HuntResult }),
  /** An application changed status or recorded progress. */
  z.object({ type: z.literal("application"), application: LiveApplication }),
  /** Server → extension: apply to this application in a worker tab, starting at `url`. */
  z.object({ type: z.literal("apply"), applicationId: z.uuid(), url: z.url() }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

/** The subprotocol that carries the token on a WebSocket handshake. */
export const BEARER_SUBPROTOCOL_PREFIX = "nyx.bearer.";
