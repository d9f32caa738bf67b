import { recordCorrection, schema } from "@nyx/db";
import { CorrectionInput } from "@nyx/shared";
import { desc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";

/** Corrections of recorded facts: the data is append-only, so a change is a data_corrections row. */
export function correctionRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post("/", async (c) => {
      const input = CorrectionInput.parse(await readJson(c));
      const correction = await recordCorrection(deps.database.db, input);
      return c.json(correction, 201);
    })
    .get("/", async (c) => {
      const { recordId } = z.object({ recordId: z.uuid() }).parse({ recordId: c.req.query("recordId") });
      const rows = await deps.database.db
        .select()
        .from(schema.dataCorrections)
        .where(eq(schema.dataCorrections.recordId, recordId))
        .orderBy(desc(schema.dataCorrections.createdAt));
      return c.json({ corrections: rows });
    });
}
