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
