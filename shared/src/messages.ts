import { z } from "zod";
import {
  AdvanceRequest,
  AdvanceResult,
  ApplyStepRequest,
  CaptchaCheckRequest,
  CaptchaState,
  EnterCodeRequest,
  EnterCodeResult,
  ResumeFile,
  StepResult,
} from "./apply.ts";
import { FillPlanRequest, FillPlanResponse } from "./form.ts";
import { HuntResult } from "./hunt.ts";
import { BulkCounts } from "./jobs.ts";
import { LiveEvent } from "./live.ts";
import { LinkedInCard, PostingSnapshot } from "./posting.ts";

/** What a handler answers when it could not do the work: one line the person can read. */
export const MessageError = z.strictObject({ error: z.string().min(1) });
export type MessageError = z.infer<typeof MessageError>;

/** The background's WebSocket to the server, as the side panel shows it. */
export const LiveConnectionStatus = z.strictObject({
  state: z.enum(["unpaired", "connecting", "connected", "reconnecting"]),
  /** When the next attempt starts (reconnecting). */
  retryInMs: z.number().int().nonnegative().optional(),
  /** What went wrong last, in words the person can act on. */
  error: z.string().optional(),
});
export type LiveConnectionStatus = z.infer<typeof LiveConnectionStatus>;

const Ack = z.strictObject({});

/** Every message between the extension's contexts: name → request schema and response schema. */
export const Messages = {
  /** Content script → background: hunt this snapshot (the background holds the token and calls the server). */
  huntPage: { request: PostingSnapshot, response: z.union([HuntResult, MessageError]) },
  /** Background → content script (context menu, keyboard command): snapshot your page and hunt it. */
  huntThisTab: { request: z.strictObject({}), response: z.union([HuntResult, MessageError]) },
  /** Background → worker tab: fill one step of the application form. */
  applyStep: { request: ApplyStepRequest, response: z.union([StepResult, MessageError]) },
  /** Background → worker tab: go on to the next step, or submit (only after the intent is recorded). */
  applyAdvance: { request: AdvanceRequest, response: z.union([AdvanceResult, MessageError]) },
  /** Background → worker tab, after the page changed: has the site confirmed the application? */
  applyConfirmation: {
    request: z.strictObject({}),
    response: z.union([z.object({ confirmation: z.string().optional() }), MessageError]),
  },
  /** Background → worker tab: is the CAPTCHA before submit solved (put the solving service's token in first)? */
  applyCaptcha: { request: CaptchaCheckRequest, response: z.union([CaptchaState, MessageError]) },
  /** Background → worker tab: type the verification code the person gave, and read it back. */
  applyEnterCode: { request: EnterCodeRequest, response: z.union([EnterCodeResult, MessageError]) },
  /** Worker tab → background: the fill plan for this form (the background holds the token). */
  applyPlan: { request: FillPlanRequest, response: z.union([FillPlanResponse, MessageError]) },
  /** Worker tab → background: the CV to upload. */
  applyResume: { request: z.strictObject({ versionId: z.uuid() }), response: z.union([ResumeFile, MessageError]) },
  /** Side panel → background: apply to this application now, in a worker tab. */
  applyNow: {
    request: z.strictObject({ applicationId: z.uuid() }),
    response: z.union([z.object({ started: z.boolean() }), MessageError]),
  },
  /**
   * Side panel → background: bring the worker tab of this application forward (a CAPTCHA, a code,
   * a check waiting for the person). Only ids: the background finds the tab in its own pool.
   */
  showWorkerTab: {
    request: z.strictObject({ applicationId: z.uuid() }),
    response: z.union([z.strictObject({ shown: z.literal(true) }), MessageError]),
  },
  /** Background → extension pages (side panel): an event that came over the server's WebSocket. */
  liveEvent: { request: LiveEvent, response: Ack },
  /** Background → extension pages: the WebSocket connected, dropped, or is waiting to retry. */
  liveStatusChanged: { request: LiveConnectionStatus, response: Ack },
  /** Extension page → background: how is the WebSocket now? */
  liveStatus: { request: z.strictObject({}), response: LiveConnectionStatus },
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
