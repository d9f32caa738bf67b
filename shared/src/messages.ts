import { z } from "zod";
import { HuntResult } from "./hunt.ts";
import { BulkCounts } from "./jobs.ts";
import { LinkedInCard, PostingSnapshot } from "./posting.ts";

/** What a handler answers when it could not do the work: one line the person can read. */
export const MessageError = z.strictObject({ error: z.string().min(1) });
export type MessageError = z.infer<typeof MessageError>;

/** Every message between the extension's contexts: name → request schema and response schema. */
export const Messages = {
  /** Content script → background: hunt this snapshot (the background holds the token and calls the server). */
  huntPage: { request: PostingSnapshot, response: z.union([HuntResult, MessageError]) },
  /** Background → content script (context menu, keyboard command): snapshot your page and hunt it. */
  huntThisTab: { request: z.strictObject({}), response: z.union([HuntResult, MessageError]) },
  /**
   * Background → content script ("Hunt all jobs on this page"): collect every job card of this
   * LinkedIn jobs page, scrolling the list so that cards rendered only near the viewport appear.
   */
  collectJobCards: {
    request: z.strictObject({}),
    response: z.union([z.strictObject({ cards: z.array(LinkedInCard) }), MessageError]),
  },
  /** Background → content script: show what the server made of the collected cards (or why it failed). */
  showBulkOutcome: { request: z.union([BulkCounts, MessageError]), response: z.strictObject({}) },
} as const;

export type MessageName = keyof typeof Messages;
export type MessageRequest<N extends MessageName> = z.infer<(typeof Messages)[N]["request"]>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof Messages)[N]["response"]>;

/** The wire format: the name travels next to the payload, so a listener can skip messages that are not its own. */
export const MessageEnvelope = z.strictObject({
  protocol: z.literal("nyx/1"),
  name: z.enum(Object.keys(Messages) as [MessageName, ...MessageName[]]),
  payload: z.unknown(),
});
export type MessageEnvelope = z.infer<typeof MessageEnvelope>;
