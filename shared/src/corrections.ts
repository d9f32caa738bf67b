import { z } from "zod";

/** A change to one recorded fact: written as a `data_corrections` row, then applied. */
export const CorrectionInput = z.strictObject({
  table: z.string().regex(/^[a-z_]+$/, "expected a table name such as applications"),
  recordId: z.uuid(),
  field: z.string().regex(/^[a-z_]+$/, "expected a column name such as cover_letter_text"),
  newValue: z.json(),
  reason: z.string().trim().min(1).max(2000).optional(),
  correctedBy: z.enum(["user", "system", "qa_agent"]).default("user"),
});
export type CorrectionInput = z.input<typeof CorrectionInput>;

export const CorrectionRecord = z.object({
  id: z.uuid(),
  table: z.string(),
  recordId: z.uuid(),
  field: z.string(),
  oldValue: z.json().nullable(),
  newValue: z.json(),
  correctedBy: z.string(),
  createdAt: z.string(),
});
export type CorrectionRecord = z.infer<typeof CorrectionRecord>;
