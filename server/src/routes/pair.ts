import { Hono } from "hono";
import { z } from "zod";
import { redeemPairingCode } from "../auth/pairing.ts";
import type { AppDeps } from "../deps.ts";
import { readJson } from "../http/errors.ts";
import type { AppEnv } from "../http/types.ts";

const PairRequest = z.strictObject({ code: z.string().trim().min(4).max(32) });

/** POST /pair: the extension trades the one-time code from "nyx pair" for the token. */
export function pairRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post("/", async (c) => {
    const { code } = PairRequest.parse(await readJson(c));
    const extensionId = redeemPairingCode(deps.dataDir, code, c.req.header("origin"));
    deps.logger.info("extension paired");
    return c.json({ token: deps.door.token, extensionId });
  });
}
