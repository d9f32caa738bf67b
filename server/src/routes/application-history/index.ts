import { HistoryFilter, HistoryQuery } from "@nyx/shared";
import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import type { AppEnv } from "../../http/types.ts";
import { requireOwner } from "../../owner.ts";
import { correctApplicationRecord } from "../../tracker/correct.ts";
import { applicationDetail } from "../../tracker/detail.ts";
import { historyCsv, listHistory } from "../../tracker/history.ts";
import { recordResponse } from "../../tracker/responses.ts";

/**
 * History (PRODUCT.md §8): the filtered list and its CSV, one application's whole record, the
 * response that came after it, and corrections of its records. Mounted at /api/applications
 * before the plain application routes, so /history is not read as an application id.
 */
export function applicationHistoryRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const owner = () => requireOwner(deps.dataDir).userId;
  const idOf = (raw: string | undefined) => z.uuid({ error: "the application id must be a UUID" }).parse(raw);
  return new Hono<AppEnv>()
    .get("/history", async (c) => {
      const query = HistoryQuery.parse(c.req.query());
      return c.json(await listHistory(db, owner(), query));
    })
    .get("/history.csv", async (c) => {
      const filter = HistoryFilter.parse(c.req.query());
      const csv = await historyCsv(db, owner(), filter);
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", 'attachment; filename="nyx-history.csv"');
      return c.body(csv);
    })
    .get("/:id/detail", async (c) => c.json(await applicationDetail(db, owner(), idOf(c.req.param("id")))))
    .post("/:id/response", async (c) => {
      const id = idOf(c.req.param("id"));
      const result = await recordResponse(db, owner(), id, await readJson(c));
      c.get("log").info({ applicationId: id, outcome: result.outcome }, "response recorded");
      return c.json(result, 201);
    })
    .post("/:id/corrections", async (c) => {
      const id = idOf(c.req.param("id"));
      const correction = await correctApplicationRecord(db, owner(), id, await readJson(c));
      c.get("log").info({ applicationId: id, table: correction.table, field: correction.field }, "corrected");
      return c.json(correction, 201);
    });
}
