import { z } from "zod";

/**
 * The apply flow between the extension and the server. A worker tab fills a form step by step;
 * the background reports each step's fields and actions, records the intent before it clicks
 * submit (so a crash can never lead to a second submit), and reports how it ended.
 */

/** `POST /api/applications`: apply to this address now (the person's own choice, no scoring). */
export const ApplyToAddressRequest = z.strictObject({
  url: z.url({ protocol: /^https?$/ }),
  effort: z.enum(["low", "medium", "high"]).optional(),
});
export type ApplyToAddressRequest = z.infer<typeof ApplyToAddressRequest>;

/**
 * Where a worker tab starts, for one application. `attempt` numbers the hand-overs of this
 * application; the worker's submit intent carries it, and an intent from an attempt that is no
 * longer the current one is refused (its lease ran out and the application went to another tab).
 */
export const ApplyTarget = z.object({ applicationId: z.uuid(), url: z.url(), attempt: z.number().int().positive() });
export type ApplyTarget = z.infer<typeof ApplyTarget>;

/** `POST /api/applications` answers with the queued application and where its tab will start. */
export const QueuedApplication = ApplyTarget.omit({ attempt: true });
export type QueuedApplication = z.infer<typeof QueuedApplication>;

/** What the extension did with one planned field, as verified on the page afterwards. */
export const FieldReport = z.object({
  ref: z.string(),
  label: z.string().max(500),
  name: z.string().max(500).optional(),
  action: z.enum(["fill_field", "select_option", "upload_file", "click"]),
  /** What the field shows after filling (for uploads, the file name); absent when it could not be read. */
  shown: z.string().max(20_000).optional(),
  ok: z.boolean(),
  error: z.string().max(1000).optional(),
});
export type FieldReport = z.infer<typeof FieldReport>;

export const Interruption = z.enum(["captcha", "verification_code", "checkpoint", "logged_out"]);
export type Interruption = z.infer<typeof Interruption>;

/** `POST /api/applications/:id/steps`: one step (page) of the form, as filled. */
export const StepReport = z.strictObject({
  step: z.number().int().min(0).max(100),
  pageUrl: z.string().max(4000),
  fields: z.array(FieldReport).max(500),
  startedAt: z.iso.datetime(),
  endedAt: z.iso.datetime(),
  /** How the step was left: the next page, the submit button, or not at all. */
  action: z.enum(["next", "submit", "none"]),
  ok: z.boolean(),
  /** Validation messages the form showed. */
  errors: z.array(z.string().max(1000)).max(100).default([]),
});
export type StepReport = z.infer<typeof StepReport>;

/** `POST /api/applications/:id/outcome`: how the attempt ended. */
export const ApplyOutcome = z.discriminatedUnion("outcome", [
  /** Recorded just before the submit click; a crash after this never submits again. */
  z.strictObject({
    outcome: z.literal("submit_intent"),
    pageUrl: z.string().max(4000),
    attempt: z.number().int().positive(),
    /** The last step as filled, recorded before the intent (one round trip before the click instead of two). */
    step: StepReport.optional(),
  }),
  z.strictObject({
    outcome: z.literal("submitted"),
    /** How the site confirmed it: its own confirmation text, a new page, or nothing seen. */
    confirmation: z.enum(["page_text", "url_change", "none"]),
    text: z.string().max(2000).optional(),
  }),
  /** A person is needed on the page: a CAPTCHA, a code sent by SMS or e-mail, a security check. */
  z.strictObject({
    outcome: z.literal("interrupted"),
    interruption: Interruption,
    detail: z.string().max(2000),
    /** What the tab showed (JPEG, base64), for the person's phone; only for CAPTCHAs that beat every attempt. */
    screenshot: z.base64().max(4_000_000).optional(),
  }),
  /** The plan flagged questions; the application already waits for the person. */
  z.strictObject({ outcome: z.literal("needs_person") }),
  /** Could not go on (validation errors, no way forward, the page changed under us). */
  z.strictObject({ outcome: z.literal("failed"), code: z.string().max(100), detail: z.string().max(2000) }),
]);
export type ApplyOutcome = z.infer<typeof ApplyOutcome>;

/** `GET /api/resumes/:versionId/file`: a CV for an upload field, as the extension needs it. */
export const ResumeFile = z.object({ name: z.string(), type: z.string(), base64: z.string() });
export type ResumeFile = z.infer<typeof ResumeFile>;

/** Background → worker tab: fill step `step` of the form for this application. */
export const ApplyStepRequest = z.strictObject({ applicationId: z.uuid(), step: z.number().int().min(0).max(100) });

/** What a worker tab did with one step. */
export const StepResult = z.discriminatedUnion("outcome", [
  z.object({
    outcome: z.literal("filled"),
    pageUrl: z.string(),
    fields: z.array(FieldReport),
    /** The way forward the step offers now. */
    advance: z.enum(["next", "submit", "none"]),
    /** A visible CAPTCHA on the page (its kind), which only the person may solve. */
    captcha: z.string().optional(),
    errors: z.array(z.string()),
    startedAt: z.iso.datetime(),
    endedAt: z.iso.datetime(),
  }),
  z.object({
    outcome: z.literal("interrupted"),
    interruption: Interruption,
    detail: z.string(),
    /** For a verification code: how the site says it sent it (SMS, e-mail, an authenticator app). */
    method: z.enum(["sms", "email", "app", "call"]).optional(),
  }),
  z.object({ outcome: z.literal("needs_person"), flags: z.array(z.object({ label: z.string(), reason: z.string() })) }),
]);
export type StepResult = z.infer<typeof StepResult>;

/** Background → worker tab: press the way forward ("next" or, after the intent is recorded, "submit"). */
export const AdvanceRequest = z.strictObject({ kind: z.enum(["next", "submit"]) });
export const AdvanceResult = z.object({
  outcome: z.enum(["advanced", "confirmed", "errors", "stuck"]),
  errors: z.array(z.string()),
  confirmation: z.string().optional(),
});
export type AdvanceResult = z.infer<typeof AdvanceResult>;

/** `GET /api/applications/:id/attempt`: where an application's attempt stands. */
export const ApplyAttempt = z.object({
  applicationId: z.uuid(),
  status: z.string(),
  /** captcha, verification_code, checkpoint, needs_person, validation_errors, … */
  failureCode: z.string().nullable(),
  reason: z.string().nullable(),
  /** When the application reached its status (as the server recorded it). */
  statusChangedAt: z.iso.datetime({ offset: true }).nullable(),
  submitted: z.boolean(),
  /** Questions waiting for the person's own answer. */
  flagged: z.array(z.object({ label: z.string(), name: z.string().optional() })),
});
export type ApplyAttempt = z.infer<typeof ApplyAttempt>;

/** The CAPTCHA kinds a worker tab recognises. */
export const CaptchaKind = z.enum(["reCAPTCHA", "hCaptcha", "Turnstile"]);
export type CaptchaKind = z.infer<typeof CaptchaKind>;

/**
 * `POST /api/applications/:id/captcha`: where a worker tab stands with a CAPTCHA before submit.
 * `waiting` opens attempt N (the server records it and may solve it with a service), `solved` and
 * `failed` close it. After the last failed attempt the tab reports the outcome `interrupted`.
 */
export const CaptchaAttempt = z.strictObject({
  attempt: z.number().int().min(1).max(10),
  status: z.enum(["waiting", "solved", "failed"]),
  kind: CaptchaKind,
  /** The widget's public site key (data-sitekey), which a solving service needs. */
  sitekey: z.string().max(200).optional(),
  pageUrl: z.url(),
});
export type CaptchaAttempt = z.infer<typeof CaptchaAttempt>;

/** What the server says to a CAPTCHA attempt: how long to wait for the person, or a solution to put in. */
export const CaptchaAdvice = z.object({
  /** How many attempts in all before the person is told on their phone. */
  attempts: z.number().int().min(1).max(10),
  /** How long this attempt waits for the widget to be solved. */
  waitSeconds: z.number().nonnegative(),
  /** A token from a solving service, to be put into the widget's response field. */
  token: z.string().max(10_000).optional(),
});
export type CaptchaAdvice = z.infer<typeof CaptchaAdvice>;

/** `POST /api/applications/:id/code-request`: the site sent the person a code and waits for it. */
export const CodeRequest = z.strictObject({
  method: z.enum(["sms", "email", "app", "call"]),
  detail: z.string().max(2000),
  pageUrl: z.url(),
});
export type CodeRequest = z.infer<typeof CodeRequest>;

/** How long the tab keeps waiting for the code (it arrives as the live event `code`). */
export const CodeWait = z.object({ waitSeconds: z.number().nonnegative() });
export type CodeWait = z.infer<typeof CodeWait>;

/** `POST /api/applications/:id/code`: the person gives the code (side panel, script; Telegram does the same). */
export const SuppliedCode = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{3,12}$/, "a code is 3–12 letters or digits"),
});
export type SuppliedCode = z.infer<typeof SuppliedCode>;

/** Background → worker tab: how the CAPTCHA before submit stands (after putting in `token`, when given). */
export const CaptchaCheckRequest = z.strictObject({ token: z.string().min(1).max(10_000).optional() });
export const CaptchaState = z.object({
  /** A widget is on the page and not yet solved. */
  present: z.boolean(),
  /** Its response field holds a token (solved by the person, or the token went in). */
  solved: z.boolean(),
  kind: CaptchaKind.optional(),
  sitekey: z.string().max(200).optional(),
});
export type CaptchaState = z.infer<typeof CaptchaState>;

/** Background → worker tab: type the code the person gave into the field that asks for it. */
export const EnterCodeRequest = z.strictObject({ code: z.string().min(1).max(12) });
export const EnterCodeResult = z.object({ ok: z.boolean(), error: z.string().optional() });
export type EnterCodeResult = z.infer<typeof EnterCodeResult>;
