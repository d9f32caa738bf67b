import { z } from "zod";
import { MonitorSettings } from "./monitor.ts";

const share = z.number().min(0).max(1);

/** A pause drawn at random between `min` and `max` milliseconds. */
export const PauseRange = z
  .strictObject({ min: z.number().int().min(0).max(60_000), max: z.number().int().min(0).max(60_000) })
  .refine((r) => r.min <= r.max, { message: "min must not be above max", path: ["min"] });
export type PauseRange = z.infer<typeof PauseRange>;

/** How a worker tab paces itself, like a person reading and typing; all zero turns pacing off (tests, benchmarks). */
export const Pacing = z.strictObject({
  /** Between two fields. */
  fieldDelayMs: PauseRange.default({ min: 300, max: 1200 }),
  /** After a step is filled, before pressing next or submit. */
  stepDelayMs: PauseRange.default({ min: 1000, max: 3000 }),
});
export type Pacing = z.infer<typeof Pacing>;

const seconds = z.number().min(0).max(86_400);

export const SessionLimitSettings = z.strictObject({
  maxSessionHours: z.number().positive().max(24).optional(),
  maxSessionApplications: z.number().int().min(1).max(10_000).optional(),
  maxDailyApplications: z.number().int().min(1).max(10_000).optional(),
  workers: z.number().int().min(1).max(5).optional(),
  appDelaySeconds: z
    .strictObject({ min: seconds, max: seconds })
    .refine((r) => r.min <= r.max, { message: "min must not be above max", path: ["min"] })
    .optional(),
  /** Now and then a tab rests longer between applications, as a person would. */
  randomPause: z
    .strictObject({ probability: share, minSeconds: seconds, maxSeconds: seconds })
    .refine((r) => r.minSeconds <= r.maxSeconds, { message: "minSeconds must not be above maxSeconds" })
    .default({ probability: 0.1, minSeconds: 5, maxSeconds: 30 }),
});
export type SessionLimitSettings = z.infer<typeof SessionLimitSettings>;

export const QueueSettings = z.strictObject({
  /** How long a worker holds an application without a sign of life before the queue takes it back. */
  leaseSeconds: z.number().int().min(2).max(3600).default(60),
  /** Hand-overs of one application before it is failed for good. */
  maxAttempts: z.number().int().min(1).max(20).default(3),
  /** The first retry waits this long; each further one twice as long. */
  retryBaseSeconds: z.number().min(0).max(86_400).default(30),
});
export type QueueSettings = z.infer<typeof QueueSettings>;

export const InterruptionSettings = z.strictObject({
  /** Attempts the person (or a solving service) gets at a CAPTCHA before a Telegram message. */
  captchaAttempts: z.number().int().min(1).max(10).default(3),
  captchaAttemptSeconds: seconds.default(60),
  /** How long a tab waits for a code sent by SMS or e-mail before the application is paused. */
  codeTimeoutSeconds: seconds.default(600),
});
export type InterruptionSettings = z.infer<typeof InterruptionSettings>;

/**
 * The person's decision settings (PRODUCT.md §4.4–4.5). Stored as `system_configs` rows named
 * "settings"; defaults are the owner's.
 */
export const Settings = z.strictObject({
  thresholds: z
    .strictObject({ apply: share.default(0.5), review: share.default(0.2) })
    .refine((t) => t.review <= t.apply, { message: "review must not be above apply", path: ["review"] })
    .default({ apply: 0.5, review: 0.2 }),
  /** Weight of the semantic (embedding) similarity in the final score; the rest is the structured score. */
  semanticWeight: share.default(0.2),
  premiumCountries: z
    .array(z.string())
    .default(["Switzerland", "Germany", "Austria", "Netherlands", "Norway", "Sweden", "Denmark", "Finland"]),
  /** Company names by tier; unknown companies are "normal". */
  companyTiers: z
    .strictObject({ top: z.array(z.string()).default([]), avoid: z.array(z.string()).default([]) })
    .default({ top: [], avoid: [] }),
  /** Token budgets (input + output) per application, by effort level. */
  tokenBudgets: z
    .strictObject({
      low: z.number().int().nonnegative().default(5_000),
      medium: z.number().int().nonnegative().default(12_000),
      high: z.number().int().nonnegative().default(30_000),
    })
    .default({ low: 5_000, medium: 12_000, high: 30_000 }),
  /** Stealth timing of the apply flow. */
  stealth: Pacing.default({ fieldDelayMs: { min: 300, max: 1200 }, stepDelayMs: { min: 1000, max: 3000 } }),
  /** Session limits; a value left out comes from the environment (MAX_SESSION_HOURS, …). */
  limits: SessionLimitSettings.default({ randomPause: { probability: 0.1, minSeconds: 5, maxSeconds: 30 } }),
  /** How the queue hands out work and takes it back. */
  queue: QueueSettings.default({ leaseSeconds: 60, maxAttempts: 3, retryBaseSeconds: 30 }),
  /** How long Nyx waits for the person before telling them on their phone, or giving up. */
  interruptions: InterruptionSettings.default({
    captchaAttempts: 3,
    captchaAttemptSeconds: 60,
    codeTimeoutSeconds: 600,
  }),
  monitor: MonitorSettings.default({ schedule: "0 */3 * * *", enabled: true, sources: [] }),
  /** Days after a submitted application without any response before the person is reminded to follow up. */
  followUpDays: z.number().int().min(1).max(365).default(10),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export const Decision = z.enum(["apply", "review", "skip"]);
export type Decision = z.infer<typeof Decision>;
export const EffortLevel = z.enum(["low", "medium", "high"]);
export type EffortLevel = z.infer<typeof EffortLevel>;
