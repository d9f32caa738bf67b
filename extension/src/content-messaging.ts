import type { MessageName, MessageRequest, MessageResponse } from "@nyx/shared";
import { browser } from "wxt/browser";
import { answerOwn, type ListenOptions, type Sender } from "./own-sender.ts";

/**
 * The content scripts' side of the message protocol (see messaging.ts), without the schemas.
 * Content scripts run in every page the person opens, and building the protocol's zod schemas
 * there cost a page more than the rest of the script; they talk only to the background, which
 * checks everything that crosses: what it sends a tab before it leaves, what a tab answers when it
 * arrives, what a tab asks when it arrives, and what it answers before it leaves.
 */

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Sends one protocol message to the background; the background checks the request and its own answer. */
export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
): Promise<MessageResponse<N>> {
  return (await browser.runtime.sendMessage({ protocol: "nyx/1", name, payload })) as MessageResponse<N>;
}

function isEnvelopeOf(message: unknown, name: MessageName): message is { payload: unknown } {
  if (typeof message !== "object" || message === null) return false;
  const envelope = message as { protocol?: unknown; name?: unknown };
  return envelope.protocol === "nyx/1" && envelope.name === name && "payload" in envelope;
}

/**
 * Answers one protocol message from the background (which checked the request before sending
 * it); anything else is ignored. A handler's failure comes back as `{ error }`. Returns the
 * function that removes the listener (tie it to the WXT `ctx`).
 */
export function onMessage<N extends MessageName>(
  name: N,
  handler: (payload: MessageRequest<N>, sender: Sender) => Promise<MessageResponse<N>>,
  options: ListenOptions = {},
): () => void {
  return answerOwn(
    (message) => (isEnvelopeOf(message, name) ? message : undefined),
    (payload, sender) => handler(payload as MessageRequest<N>, sender),
    options,
    errorMessage,
  );
}
