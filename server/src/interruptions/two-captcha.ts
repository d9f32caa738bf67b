import type { CaptchaKind } from "@nyx/shared";
import type { Logger } from "pino";
import type { CaptchaSolver, CaptchaTask } from "./captcha-solver.ts";

/**
 * 2captcha (PRODUCT.md §6) through its classic HTTP API: the task goes to `in.php` (a form POST:
 * key, method, the site key, pageurl, json=1) and answers an id; `res.php?action=get&id=…&json=1`
 * answers `CAPCHA_NOT_READY` until the worker has solved it, then the widget's response token.
 * Any failure (a refusal such as ERROR_ZERO_BALANCE, the network, the timeout) answers undefined:
 * the person solves the CAPTCHA then. The warning logged says why, never the key.
 */
export interface TwoCaptchaOptions {
  apiKey: string;
  /** https://2captcha.com, or a local stand-in in tests. */
  baseUrl: string;
  logger: Logger;
  /** Between the task and each poll; 2captcha asks for a few seconds. Default 5 s. */
  pollMs?: number;
  /** From the task to the token at the latest. Default 120 s. */
  timeoutMs?: number;
}

/** The `method` and the name of the site-key parameter 2captcha expects for each kind. */
const METHOD: Record<CaptchaKind, { method: string; sitekeyParam: string }> = {
  reCAPTCHA: { method: "userrecaptcha", sitekeyParam: "googlekey" },
  hCaptcha: { method: "hcaptcha", sitekeyParam: "sitekey" },
  Turnstile: { method: "turnstile", sitekeyParam: "sitekey" },
};
const NOT_READY = "CAPCHA_NOT_READY";

/** Why no token came back, for the log; its text never holds the key. */
class NoToken extends Error {}

export function twoCaptchaSolver(options: TwoCaptchaOptions): CaptchaSolver {
  const { apiKey, logger } = options;
  const pollMs = options.pollMs ?? 5_000;
  const timeoutMs = options.timeoutMs ?? 120_000;
  const base = options.baseUrl.replace(/\/+$/, "");

  async function ask(url: string, init: RequestInit, deadline: number): Promise<string> {
    const left = deadline - Date.now();
    if (left <= 0) throw new NoToken(`no token within ${timeoutMs} ms`);
    // A request still out when the time is up ends with the time, whatever it was waiting for.
    const timedOut = (error: unknown) => {
      throw error instanceof Error && error.name === "TimeoutError"
        ? new NoToken(`no token within ${timeoutMs} ms`)
        : error;
    };
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(left) }).catch(timedOut);
    const text = await response.text().catch(timedOut);
    if (!response.ok) throw new NoToken(`HTTP ${response.status}`);
    let body: { status?: unknown; request?: unknown };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      throw new NoToken("an answer that is not JSON");
    }
    const request = typeof body.request === "string" ? body.request : "";
    if (body.status === 1 && request) return request;
    if (request === NOT_READY) return NOT_READY;
    // The service's error codes are fixed words (ERROR_ZERO_BALANCE…); anything else is cut short.
    throw new NoToken(/^[A-Z_]{3,60}$/.test(request) ? request : "an answer without a result");
  }

  async function solve(task: CaptchaTask): Promise<string | undefined> {
    if (!task.sitekey) return undefined;
    const deadline = Date.now() + timeoutMs;
    const { method, sitekeyParam } = METHOD[task.kind];
    const form = new URLSearchParams({
      key: apiKey,
      method,
      [sitekeyParam]: task.sitekey,
      pageurl: task.pageUrl,
      json: "1",
    });
    const id = await ask(`${base}/in.php`, { method: "POST", body: form }, deadline);
    if (id === NOT_READY) throw new NoToken("in.php answered without a task id");
    const poll = `${base}/res.php?${new URLSearchParams({ key: apiKey, action: "get", id, json: "1" })}`;
    for (;;) {
      const wait = Math.min(pollMs, deadline - Date.now());
      if (wait <= 0) throw new NoToken(`no token within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, wait));
      const answer = await ask(poll, { method: "GET" }, deadline);
      if (answer !== NOT_READY) return answer;
    }
  }

  return {
    service: "2captcha",
    solve: async (task) => {
      try {
        return await solve(task);
      } catch (error) {
        logger.warn(
          { service: "2captcha", kind: task.kind, site: hostOf(task.pageUrl), reason: reasonOf(error, apiKey) },
          "the CAPTCHA service gave no token; the person solves it",
        );
        return undefined;
      }
    },
  };
}

function reasonOf(error: unknown, apiKey: string): string {
  if (error instanceof NoToken) return error.message;
  const name = error instanceof Error ? error.name : "Error";
  const reason =
    name === "TimeoutError" || name === "AbortError"
      ? "no answer in time"
      : `${name}: ${error instanceof Error ? error.message : String(error)}`;
  // A network error may quote the request; the key must never reach a log line.
  return reason.replaceAll(apiKey, "[key]").replaceAll(encodeURIComponent(apiKey), "[key]").slice(0, 200);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host;
  } catch {
    return undefined;
  }
}
