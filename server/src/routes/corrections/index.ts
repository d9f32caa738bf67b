import { recordCorrection, schema } from "@nyx/db";
import { CorrectionInput } from "@nyx/shared";
import { desc, eq } from "drizzle-orm";
import { Hono } from "hono";
import { z } from "zod";
import { checkOwnedRecord, owned } from "../../corrections/owned-record.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { requireOwner } from "../../owner.ts";

/**
 * Corrections of recorded facts: the data is append-only, so a change is a data_corrections row.
 * Only this server's person's records, and the shared facts that belong to nobody, are corrected or listed.
 */
export function correctionRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .post("/", async (c) => {
      const input = CorrectionInput.parse(await readJson(c));
      await checkOwnedRecord(deps.database.db, requireOwner(deps.dataDir).userId, input);
      const correction = await recordCorrection(deps.database.db, input);
      return c.json(correction, 201);
    })
    .get("/", async (c) => {
      const { recordId } = z.object({ recordId: z.uuid() }).parse({ recordId: c.req.query("recordId") });
      const { userId } = requireOwner(deps.dataDir);
      const all = await deps.database.db
        .select()
        .from(schema.dataCorrections)
        .where(eq(schema.dataCorrections.recordId, recordId))
        .orderBy(desc(schema.dataCorrections.createdAt));
      const tables = [...new Set(all.map((row) => row.tableName))];
      const ownTables = new Set<string>();
      for (const table of tables) if (await owned(deps.database.db, userId, table, recordId)) ownTables.add(table);
      return c.json({ corrections: all.filter((row) => ownTables.has(row.tableName)) });
    });
}
