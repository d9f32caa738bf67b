import { z } from "zod";

/**
 * The company monitor (PRODUCT.md §1.5): job boards and careers pages polled on a schedule; new
 * postings are enqueued once. A board names the company's public job-board API; `feedUrl` points
 * it elsewhere (a mirror, a local stand-in in tests).
 */
const board = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{1,100}$/, "a board name is letters, digits, . _ -");

export const MonitorSource = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("greenhouse"), board, feedUrl: z.url().optional() }),
  z.strictObject({ kind: z.literal("lever"), board, feedUrl: z.url().optional() }),
  z.strictObject({ kind: z.literal("ashby"), board, feedUrl: z.url().optional() }),
  /** Any careers page whose postings carry schema.org JobPosting JSON-LD (or link to pages that do). */
  z.strictObject({ kind: z.literal("careers"), url: z.url({ protocol: /^https?$/ }) }),
]);
export type MonitorSource = z.infer<typeof MonitorSource>;

export const MonitorSettings = z.strictObject({
  /** A cron expression (croner), in the server's time zone. */
  schedule: z.string().trim().min(1).default("0 */3 * * *"),
  enabled: z.boolean().default(true),
  sources: z.array(MonitorSource).max(500).default([]),
});
export type MonitorSettings = z.infer<typeof MonitorSettings>;
