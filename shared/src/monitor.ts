import { z } from "zod";

/**
 * The company monitor (PRODUCT.md §1.5): job boards and careers pages polled on a schedule; new
 * postings are enqueued once. A board names the company's public job-board API; `feedUrl` points
 * it elsewhere (a mirror, a local stand-in in tests). `company` names the employer as the person
 * writes it (company tiers match on it); without it the feed's own name is used (Greenhouse,
 * JSON-LD), else the board name.
 */
const board = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,100}$/, "a board name is letters, digits, . _ -");
const company = z.string().trim().min(1).max(200).optional();
const httpUrl = z.url({ protocol: /^https?$/, error: "expected an http(s) URL" });

export const MonitorSource = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("greenhouse"), board, company, feedUrl: httpUrl.optional() }),
  z.strictObject({ kind: z.literal("lever"), board, company, feedUrl: httpUrl.optional() }),
  z.strictObject({ kind: z.literal("ashby"), board, company, feedUrl: httpUrl.optional() }),
  /** Any careers page whose postings carry schema.org JobPosting JSON-LD (or link to pages that do). */
  z.strictObject({ kind: z.literal("careers"), url: httpUrl, company }),
]);
export type MonitorSource = z.infer<typeof MonitorSource>;

export const MONITOR_KINDS = ["greenhouse", "lever", "ashby", "careers"] as const;

export const MonitorSettings = z.strictObject({
  /** A cron expression (croner: 5 fields, or 6 with seconds), in the server's time zone. */
  schedule: z.string().trim().min(1).default("0 */3 * * *"),
  enabled: z.boolean().default(true),
  sources: z.array(MonitorSource).max(500).default([]),
});
export type MonitorSettings = z.infer<typeof MonitorSettings>;

/**
 * `PUT /api/monitor` and `nyx monitor import FILE`: the whole list (replacing the old one), or an
 * object with the list and, optionally, the schedule and whether it runs (left out: unchanged).
 */
export const MonitorUpdate = z.strictObject({
  schedule: z.string().trim().min(1).optional(),
  enabled: z.boolean().optional(),
  sources: z.array(MonitorSource).max(500),
});
export type MonitorUpdate = z.infer<typeof MonitorUpdate>;

/** A source as one line: "greenhouse quillstone", "careers https://acme.example/jobs". */
export function monitorSourceLabel(source: MonitorSource): string {
  return source.kind === "careers" ? `careers ${source.url}` : `${source.kind} ${source.board}`;
}

/** What one poll of one source found. `errors` name what failed (the source, or single postings). */
export const MonitorSourceResult = z.object({
  source: z.string(),
  kind: z.enum(MONITOR_KINDS),
  /** Postings the source listed (after reading them). */
  fetched: z.number().int().nonnegative(),
  /** Postings not seen before: recorded now and hunted (scored and decided). */
  new: z.number().int().nonnegative(),
  /** Postings already recorded (by an earlier poll or any other way). */
  known: z.number().int().nonnegative(),
  errors: z.array(z.string()),
});
export type MonitorSourceResult = z.infer<typeof MonitorSourceResult>;

export const MonitorRun = z.object({
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime(),
  sources: z.array(MonitorSourceResult),
  totals: z.object({
    fetched: z.number().int().nonnegative(),
    new: z.number().int().nonnegative(),
    known: z.number().int().nonnegative(),
    errors: z.number().int().nonnegative(),
  }),
});
export type MonitorRun = z.infer<typeof MonitorRun>;

/** `GET /api/monitor`: the list with its schedule, and what the last run found (null before the first). */
export const MonitorView = z.object({ monitor: MonitorSettings, lastRun: MonitorRun.nullable() });
export type MonitorView = z.infer<typeof MonitorView>;
