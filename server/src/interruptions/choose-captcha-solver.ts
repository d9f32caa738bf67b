import type { Logger } from "pino";
import type { Env } from "../env.ts";
import { type CaptchaSolver, personSolves } from "./captcha-solver.ts";
import { twoCaptchaSolver } from "./two-captcha.ts";

/** 2captcha when `TWOCAPTCHA_API_KEY` is set (at `TWOCAPTCHA_BASE_URL`); otherwise the person solves every CAPTCHA. */
export function captchaSolverFor(env: Env, logger: Logger): CaptchaSolver {
  if (!env.TWOCAPTCHA_API_KEY) return personSolves;
  return twoCaptchaSolver({ apiKey: env.TWOCAPTCHA_API_KEY, baseUrl: env.TWOCAPTCHA_BASE_URL, logger });
}
