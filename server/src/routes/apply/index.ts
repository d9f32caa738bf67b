import { ApplyOutcome, ApplyToAddressRequest, StepReport } from "@nyx/shared";
import { Hono } from "hono";
import { applyAttempt } from "../../apply/attempt.ts";
import { recordOutcome, recordStep } from "../../apply/progress.ts";
import { resumeFile } from "../../apply/resume-file.ts";
import { startApplying } from "../../apply/target.ts";
import { applyToAddress } from "../../apply/to-address.ts";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import { uuidParam } from "../../http/params.ts";
import type { AppEnv } from "../../http/types.ts";
import { afterInterruption } from "../../interruptions/after-outcome.ts";
import { requireOwner } from "../../owner.ts";
import type { SessionService } from "../../sessions/service.ts";
import { loadSettings } from "../../settings/store.ts";

/**
 * The apply flow: queue an address, hand an application to a worker tab (pushed to the extension
 * over the WebSocket), and record what the tab did, step by step, and how it ended.
 */
export function applyRoutes(deps: AppDeps & { sessions: SessionService }) {
  const db = deps.database.db;
  const owner = () => requireOwner(deps.dataDir).userId;
  const idOf = (raw: string | undefined) => uuidParam(raw);
  return new Hono<AppEnv>()
    .post("/", async (c) => {
      const request = ApplyToAddressRequest.parse(await readJson(c));
      return c.json(await applyToAddress(db, owner(), request), 201);
    })
    .post("/:id/apply", async (c) => {
      const { queue, limits } = await loadSettings(db);
      const target = await startApplying(db, owner(), idOf(c.req.param("id")), {
        leaseSeconds: queue.leaseSeconds,
        reason: "handed to a worker tab by the person",
      });
      deps.live.publish({ type: "apply", ...target, workers: limits.workers ?? deps.env.MAX_CONCURRENT_WORKERS });
      c.get("log").info({ applicationId: target.applicationId }, "handed to the extension");
      return c.json(target, 202);
    })
    .get("/:id/attempt", async (c) => c.json(await applyAttempt(db, owner(), idOf(c.req.param("id")))))
    .post("/:id/steps", async (c) => {
      const report = StepReport.parse(await readJson(c));
      await recordStep(db, idOf(c.req.param("id")), report);
      return c.json({ recorded: report.fields.length + 1 }, 201);
    })
    .post("/:id/outcome", async (c) => {
      const outcome = ApplyOutcome.parse(await readJson(c));
      const { queue } = await loadSettings(db);
      const id = idOf(c.req.param("id"));
      await recordOutcome(db, id, outcome, queue);
      if (outcome.outcome === "interrupted") {
        // Paused before the loop hears the application settled: else an empty queue ends the session first.
        if (pausesTheSession(outcome.interruption, outcome.detail))
          await deps.sessions.pauseFor(`${outcome.detail}: the session waits until the person has dealt with it`);
        await afterInterruption({ ...deps, db, userId: owner() }, id, outcome);
      }
      if (outcome.outcome !== "submit_intent") deps.sessions.settled(id);
      return c.json({ recorded: outcome.outcome }, 201);
    });
}

/**
 * A security check means the site suspects automation: nothing more is sent anywhere until the
 * person has looked. A sign-in wall on LinkedIn stops the session too (every LinkedIn application
 * needs the sign-in); elsewhere it concerns only that application.
 */
function pausesTheSession(interruption: string, detail: string): boolean {
  return interruption === "checkpoint" || (interruption === "logged_out" && /linkedin\.com/i.test(detail));
}

/** `GET /api/resumes/:versionId/file`: the CV bytes for an upload field. */
export function resumeRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get("/:versionId/file", async (c) => {
    const versionId = uuidParam(c.req.param("versionId"), "the CV version id");
    return c.json(await resumeFile(deps.database.db, requireOwner(deps.dataDir).userId, versionId));
  });
}
