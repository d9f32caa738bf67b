import { type Browser, browser } from "wxt/browser";

export type Sender = Browser.runtime.MessageSender;

export interface ListenOptions {
  /** Only messages from a content script (the sender is a tab), e.g. what a page asks the background. */
  fromTab?: boolean;
  /** Only messages from the extension's own pages (the side panel), never from a content script. */
  fromExtensionPage?: boolean;
}

/** Whether a message comes from this extension itself (never from a web page or another extension). */
export function isOwnSender(sender: Sender, options: ListenOptions): boolean {
  if (sender.id !== browser.runtime.id) return false;
  // A content script's sender URL is its web page's; the extension's pages (even opened in a tab) have its own.
  if (options.fromExtensionPage === true && !sender.url?.startsWith(browser.runtime.getURL("/"))) return false;
  return options.fromTab !== true || sender.tab?.id !== undefined;
}

/**
 * Answers one kind of message from this extension itself: `take` picks the message out (its
 * payload) or passes on it, `answer` answers it, and a failure comes back as `{ error }` in the
 * words of `describe`. Returns the function that removes the listener (tie it to the WXT `ctx`).
 */
export function answerOwn(
  take: (message: unknown) => { payload: unknown } | undefined,
  answer: (payload: unknown, sender: Sender) => Promise<unknown>,
  options: ListenOptions,
  describe: (error: unknown) => string,
): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (response: unknown) => void): boolean => {
    const taken = take(message);
    if (!taken || !isOwnSender(sender, options)) return false;
    const reply = async (): Promise<unknown> => {
      try {
        return await answer(taken.payload, sender);
      } catch (error) {
        return { error: describe(error) };
      }
    };
    reply().then(sendResponse, (error: unknown) => sendResponse({ error: describe(error) }));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
