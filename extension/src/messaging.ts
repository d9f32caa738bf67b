import { MessageEnvelope, type MessageName, type MessageRequest, type MessageResponse, Messages } from "@nyx/shared";
import { browser } from "wxt/browser";
import { z } from "zod";
import { answerOwn, type ListenOptions, type Sender } from "./own-sender.ts";

export type { ListenOptions, Sender } from "./own-sender.ts";

export function errorMessage(error: unknown): string {
  if (error instanceof z.ZodError) return `Malformed message: ${z.prettifyError(error)}`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The message protocol of the background and the extension's pages, checked with the shared
 * schemas. Content scripts use content-messaging.ts, which holds no schemas: what crosses to or
 * from a content script is checked here, on the background's side, both ways.
 */

/**
 * Sends one protocol message: to the extension's own pages and background, or to the content
 * scripts of `tabId`. The request is checked before it leaves and the answer before it is used.
 */
export async function sendMessage<N extends MessageName>(
  name: N,
  payload: MessageRequest<N>,
  tabId?: number,
): Promise<MessageResponse<N>> {
  const spec = Messages[name];
  const envelope: MessageEnvelope = { protocol: "nyx/1", name, payload: spec.request.parse(payload) };
  const raw: unknown =
    tabId === undefined ? await browser.runtime.sendMessage(envelope) : await browser.tabs.sendMessage(tabId, envelope);
  return spec.response.parse(raw) as MessageResponse<N>;
}

/**
 * Answers one protocol message. Anything else (another name, a foreign sender, a payload that
 * fails the schema) is ignored or refused; the answer is checked before it leaves (a content
 * script takes it as it comes), and a handler's failure comes back as `{ error }`.
 * Returns the function that removes the listener (tie it to the WXT `ctx`).
 */
export function onMessage<N extends MessageName>(
  name: N,
  handler: (payload: MessageRequest<N>, sender: Sender) => Promise<MessageResponse<N>>,
  options: ListenOptions = {},
): () => void {
  const spec = Messages[name];
  return answerOwn(
    (message) => {
      const envelope = MessageEnvelope.safeParse(message);
      return envelope.success && envelope.data.name === name ? envelope.data : undefined;
    },
    async (payload, sender) =>
      spec.response.parse(await handler(spec.request.parse(payload) as MessageRequest<N>, sender)),
    options,
    errorMessage,
  );
}
