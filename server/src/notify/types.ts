/**
 * How Nyx reaches the person when a person is needed (PRODUCT.md §6). Messages are plain text:
 * nothing scraped from a page is ever sent as markup or as a link the service would render.
 */
export interface PersonMessage {
  text: string;
  /** A picture of the tab (a CAPTCHA that beat every attempt), JPEG or PNG bytes. */
  photo?: { bytes: Buffer; filename: string };
}

export interface Notifier {
  /** False when the channel is not configured (the message is then only in the side panel and digest). */
  readonly enabled: boolean;
  /**
   * Sends one message; never throws. Resolves with the channel's message id when it was delivered
   * (a reply to it can then be matched), or undefined when it was not (the failure is logged).
   */
  send(message: PersonMessage): Promise<{ messageId: number } | undefined>;
}

/** What the person may ask of Nyx from their phone; each answers with plain text to send back. */
export interface PersonCommands {
  status(): Promise<string>;
  pause(): Promise<string>;
  resume(): Promise<string>;
  stop(): Promise<string>;
  queue(): Promise<string>;
  /**
   * A message that looks like a verification code (`replyTo`: the message it answers, when it is a
   * reply): hand it to the application waiting for one.
   */
  code(code: string, replyTo: number | undefined): Promise<string>;
}
