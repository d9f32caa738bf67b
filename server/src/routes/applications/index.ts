import { EffortChange } from "@nyx/shared";
import { Hono } from "hono";
import { z } from "zod";
import { applicationsCsv } from "../../applications/csv.ts";
import { getApplicationRecord, listApplicationRecords } from "../../applications/records.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { requireOwner } from "../../owner.ts";
import { changeEffort } from "../../review/effort.ts";

const ListQuery = z.object({
  status: z.enum(["queued", "in_progress", "submitted", "failed", "paused", "skipped", "cancelled"]).optional(),
  limit: z.coerce.number().int().min(1).max(10_000).optional(),
});

/** The person's applications with every recorded field; CSV export; the effort of one not yet started. */
export function applicationRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get("/", async (c) => {
      const query = ListQuery.parse(c.req.query());
      const { userId } = requireOwner(deps.dataDir);
      return c.json({ applications: await listApplicationRecords(deps.database.db, userId, query) });
    })
    .get("/export.csv", async (c) => {
      const { userId } = requireOwner(deps.dataDir);
      const csv = applicationsCsv(await listApplicationRecords(deps.database.db, userId));
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="nyx-applications.csv"');
      return c.body(csv);
    })
    .get("/:id", async (c) => {
      const id = z.uuid().parse(c.req.param("id"));
      return c.json(await getApplicationRecord(deps.database.db, requireOwner(deps.dataDir).userId, id));
    })
    .post("/:id/effort", async (c) => {
      const id = z.uuid().parse(c.req.param("id"));
      const change = EffortChange.parse(await readJson(c));
      const result = await changeEffort(deps.database.db, requireOwner(deps.dataDir).userId, id, change);
      c.get("log").info({ applicationId: id, effort: result.effort }, "effort changed by the person");
      return c.json(result);
    });
}
