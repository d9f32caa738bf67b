import { MessageEnvelope, type MessageName, type MessageRequest, type MessageResponse, Messages } from "@nyx/shared";
import { type Browser, browser } from "wxt/browser";
import { z } from "zod";

export type Sender = Browser.runtime.MessageSender;

export interface ListenOptions {
  /** Only messages from a content script (the sender is a tab), e.g. what a page asks the background. */
  fromTab?: boolean;
  /** Only messages from the extension's own pages (the side panel), never from a content script. */
  fromExtensionPage?: boolean;
}

export function errorMessage(error: unknown): string {
  if (error instanceof z.ZodError) return `Malformed message: ${z.prettifyError(error)}`;
  return error instanceof Error ? error.message : String(error);
}

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

/** Whether a message comes from this extension itself (never from a web page or another extension). */
export function isOwnSender(sender: Sender, options: ListenOptions): boolean {
  if (sender.id !== browser.runtime.id) return false;
  // A content script's sender URL is its web page's; the extension's pages (even opened in a tab) have its own.
  if (options.fromExtensionPage === true && !sender.url?.startsWith(browser.runtime.getURL("/"))) return false;
  return options.fromTab !== true || sender.tab?.id !== undefined;
}

/**
 * Answers one protocol message. Anything else (another name, a foreign sender, a payload that
 * fails the schema) is ignored or refused; a handler's failure comes back as `{ error }`.
 * Returns the function that removes the listener (tie it to the WXT `ctx`).
 */
export function onMessage<N extends MessageName>(
  name: N,
  handler: (payload: MessageRequest<N>, sender: Sender) => Promise<MessageResponse<N>>,
  options: ListenOptions = {},
): () => void {
  const spec = Messages[name];
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean => {
    const envelope = MessageEnvelope.safeParse(message);
    if (!envelope.success || envelope.data.name !== name || !isOwnSender(sender, options)) return false;
    const answer = async (): Promise<unknown> => {
      try {
        return await handler(spec.request.parse(envelope.data.payload) as MessageRequest<N>, sender);
      } catch (error) {
        return { error: errorMessage(error) };
      }
    };
    answer().then(sendResponse, (error: unknown) => sendResponse({ error: errorMessage(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
