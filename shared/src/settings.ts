import { z } from "zod";

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
      low: z.number().int().nonnegative().default(2_000),
      medium: z.number().int().nonnegative().default(12_000),
      high: z.number().int().nonnegative().default(30_000),
    })
    .default({ low: 2_000, medium: 12_000, high: 30_000 }),
  /** Stealth timing of the apply flow. */
  stealth: Pacing.default({ fieldDelayMs: { min: 300, max: 1200 }, stepDelayMs: { min: 1000, max: 3000 } }),
});
export type Settings = z.infer<typeof Settings>;
export const DEFAULT_SETTINGS: Settings = Settings.parse({});

export const Decision = z.enum(["apply", "review", "skip"]);
export type Decision = z.infer<typeof Decision>;
export const EffortLevel = z.enum(["low", "medium", "high"]);
export type EffortLevel = z.infer<typeof EffortLevel>;
