import { z } from "zod";
import { HuntResult } from "./hunt.ts";
import { SessionView } from "./session.ts";

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
  /**
   * Server → extension: apply to this application in a worker tab, starting at `url`. `attempt`
   * goes back with the submit intent; `workers` is how many worker tabs the extension may keep.
   */
  z.object({
    type: z.literal("apply"),
    applicationId: z.uuid(),
    url: z.url(),
    attempt: z.number().int().positive(),
    workers: z.number().int().min(1).max(5).optional(),
  }),
  /** The session changed (started, a worker moved on, paused, ended). */
  z.object({ type: z.literal("session"), session: SessionView }),
  /** Server → extension: the person gave the code this application's tab waits for; type it in. */
  z.object({ type: z.literal("code"), applicationId: z.uuid(), code: z.string().min(1).max(12) }),
]);
export type LiveEvent = z.infer<typeof LiveEvent>;

/** The subprotocol that carries the token on a WebSocket handshake. */
export const BEARER_SUBPROTOCOL_PREFIX = "nyx.bearer.";

/**
 * Extension → server over the same WebSocket. `working` lists the applications the extension's
 * worker tabs are busy with (every few seconds); it keeps their leases: when it stops coming (a
 * crashed tab, a closed Chrome, a lost connection) the leases run out and the queue takes them back.
 */
export const LiveClientMessage = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ping") }),
  z.object({
    type: z.literal("working"),
    applications: z.array(z.object({ applicationId: z.uuid(), attempt: z.number().int().positive() })).max(20),
  }),
]);
export type LiveClientMessage = z.infer<typeof LiveClientMessage>;
