import { z } from "zod";

export const MAX_BULK_ITEMS = 5000;

/** `POST /api/jobs/bulk`: a LinkedIn search page's cards, a list of URLs, or CSV text with a url column. */
export const BulkRequest = z.union([
  z.strictObject({ cards: z.array(z.unknown()).min(1).max(MAX_BULK_ITEMS) }),
  z.strictObject({ urls: z.array(z.string()).min(1).max(MAX_BULK_ITEMS) }),
  z.strictObject({
    csv: z
      .string()
      .min(1)
      .max(5 * 1024 * 1024),
  }),
]);
export type BulkRequest = z.infer<typeof BulkRequest>;

export const BulkItemStatus = z.enum(["new", "duplicate", "skipped", "invalid"]);
export type BulkItemStatus = z.infer<typeof BulkItemStatus>;

export const BulkItem = z.object({
  index: z.number().int().nonnegative(),
  status: BulkItemStatus,
  jobId: z.uuid().optional(),
  url: z.string().optional(),
  reason: z.string().optional(),
});
export type BulkItem = z.infer<typeof BulkItem>;

export const BulkResult = z.object({
  new: z.number().int(),
  duplicate: z.number().int(),
  skipped: z.number().int(),
  invalid: z.number().int(),
  items: z.array(BulkItem),
});
export type BulkResult = z.infer<typeof BulkResult>;

/** The counts of a bulk enqueue without the per-item detail: what the page and the side panel show. */
export const BulkCounts = BulkResult.pick({ new: true, duplicate: true, skipped: true, invalid: true });
export type BulkCounts = z.infer<typeof BulkCounts>;

// In a file of its own so that a content script shows it without building this file's schemas.
export { bulkSummary } from "./bulk-summary.ts";
