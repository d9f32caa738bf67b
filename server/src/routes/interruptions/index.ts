import { AppError, CaptchaAttempt, CodeRequest, SuppliedCode } from "@nyx/shared";
import { Hono } from "hono";
import type { AppDeps } from "../../deps.ts";
import { readJson } from "../../http/errors.ts";
import { uuidParam } from "../../http/params.ts";
import type { AppEnv } from "../../http/types.ts";
import { recordCaptchaAttempt } from "../../interruptions/captcha.ts";
import { captchaSolverFor } from "../../interruptions/choose-captcha-solver.ts";
import { requestCode } from "../../interruptions/code-request.ts";
import { supplyCode } from "../../interruptions/supply-code.ts";
import { requireOwner } from "../../owner.ts";

/**
 * What only the person can do, under `/api/applications/:id`: the worker tab's CAPTCHA attempts
 * (`/captcha`), a code the site sent (`/code-request`), and the person's code (`/code`).
 */
export function interruptionRoutes(deps: AppDeps) {
  const db = deps.database.db;
  const owner = () => requireOwner(deps.dataDir).userId;
  const solver = deps.captchaSolver ?? captchaSolverFor(deps.env, deps.logger);
  return new Hono<AppEnv>()
    .post("/:id/captcha", async (c) => {
      const attempt = CaptchaAttempt.parse(await readJson(c));
      return c.json(await recordCaptchaAttempt({ db, solver }, owner(), uuidParam(c.req.param("id")), attempt));
    })
    .post("/:id/code-request", async (c) => {
      const request = CodeRequest.parse(await readJson(c));
      return c.json(await requestCode({ ...deps, db }, owner(), uuidParam(c.req.param("id")), request), 201);
    })
    .post("/:id/code", async (c) => {
      const { code } = SuppliedCode.parse(await readJson(c));
      const applicationId = uuidParam(c.req.param("id"));
      const result = await supplyCode({ ...deps, db, userId: owner() }, { code, applicationId });
      if (!result.delivered) throw new AppError("conflict", result.answer);
      return c.json(result);
    });
}
