import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local 2captcha (its classic in.php / res.php API) for tests, over real HTTP:
 * `POST /in.php` (form body, or the query) with key, method, googlekey|sitekey, pageurl, json=1
 * answers `{status:1, request:<id>}`; `GET /res.php?key&action=get&id&json=1` answers
 * `CAPCHA_NOT_READY` `notReady` times, then `{status:1, request:<token>}`. Another key answers
 * ERROR_WRONG_USER_KEY; `failSubmit`/`failResult` make in.php/res.php answer an error word.
 *
 *   const svc = await startTwoCaptchaStandIn({ notReady: 2 });
 *   env: TWOCAPTCHA_API_KEY=svc.apiKey, TWOCAPTCHA_BASE_URL=svc.baseUrl
 *   … svc.calls, svc.tasks; await svc.close();
 */

export interface TwoCaptchaCall {
  path: string;
  httpMethod: string;
  /** The query and the form body together. */
  params: Record<string, string>;
}

export interface TwoCaptchaTask {
  id: string;
  method: string;
  /** googlekey for reCAPTCHA, sitekey for hCaptcha and Turnstile. */
  sitekey: string | undefined;
  pageurl: string | undefined;
  polls: number;
}

export interface TwoCaptchaStandInOptions {
  apiKey?: string;
  /** How many polls answer CAPCHA_NOT_READY before the token. Default 1. */
  notReady?: number;
  /** The token handed out for a task (default: a reCAPTCHA-like string with the task id). */
  token?: (task: TwoCaptchaTask) => string;
}

export interface TwoCaptchaStandIn {
  /** For TWOCAPTCHA_BASE_URL: http://127.0.0.1:PORT */
  readonly baseUrl: string;
  readonly apiKey: string;
  /** Every request, refused ones included. */
  readonly calls: TwoCaptchaCall[];
  /** Every task accepted by in.php. */
  readonly tasks: TwoCaptchaTask[];
  /** The tokens handed out, in order. */
  readonly tokens: string[];
  /** in.php answers this error (ERROR_ZERO_BALANCE…) from now on; undefined: accept again. */
  failSubmit(error: string | undefined): void;
  /** res.php answers this error (ERROR_CAPTCHA_UNSOLVABLE…) from now on; undefined: solve again. */
  failResult(error: string | undefined): void;
  /** From now on polls answer CAPCHA_NOT_READY this many times per task. */
  setNotReady(count: number): void;
  close(): Promise<void>;
}

export async function startTwoCaptchaStandIn(options: TwoCaptchaStandInOptions = {}): Promise<TwoCaptchaStandIn> {
  const apiKey = options.apiKey ?? "2c-standin-key-0123456789abcdef";
  const calls: TwoCaptchaCall[] = [];
  const tasks: TwoCaptchaTask[] = [];
  const tokens: string[] = [];
  let notReady = options.notReady ?? 1;
  let submitError: string | undefined;
  let resultError: string | undefined;
  let nextId = 7_300_000_001;

  const answer = (res: ServerResponse, status: 0 | 1, request: string) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify({ status, request }));
  };

  const server = createServer((req, res) => {
    readForm(req)
      .then((params) => {
        const path = new URL(req.url ?? "/", "http://stand-in").pathname;
        calls.push({ path, httpMethod: req.method ?? "GET", params });
        if (path !== "/in.php" && path !== "/res.php") {
          res.writeHead(404).end();
          return;
        }
        if (params.key !== apiKey) return answer(res, 0, "ERROR_WRONG_USER_KEY");
        if (path === "/in.php") {
          if (submitError) return answer(res, 0, submitError);
          const method = params.method ?? "";
          const sitekey = method === "userrecaptcha" ? params.googlekey : params.sitekey;
          if (!["userrecaptcha", "hcaptcha", "turnstile"].includes(method))
            return answer(res, 0, "ERROR_BAD_PARAMETERS");
          if (!sitekey) return answer(res, 0, method === "userrecaptcha" ? "ERROR_GOOGLEKEY" : "ERROR_BAD_PARAMETERS");
          if (!params.pageurl) return answer(res, 0, "ERROR_PAGEURL");
          const task = { id: String(nextId++), method, sitekey, pageurl: params.pageurl, polls: 0 };
          tasks.push(task);
          return answer(res, 1, task.id);
        }
        if (params.action !== "get") return answer(res, 0, "ERROR_BAD_PARAMETERS");
        const task = tasks.find((t) => t.id === params.id);
        if (!task) return answer(res, 0, "ERROR_WRONG_CAPTCHA_ID");
        task.polls += 1;
        if (resultError) return answer(res, 0, resultError);
        if (task.polls <= notReady) return answer(res, 0, "CAPCHA_NOT_READY");
        const token = options.token?.(task) ?? `03AFcWeA-standin-${task.id}-${"x".repeat(40)}`;
        tokens.push(token);
        return answer(res, 1, token);
      })
      .catch(() => res.writeHead(400).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey,
    calls,
    tasks,
    tokens,
    failSubmit: (error) => {
      submitError = error;
    },
    failResult: (error) => {
      resultError = error;
    },
    setNotReady: (count) => {
      notReady = count;
    },
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

/** The query and an urlencoded (or JSON) body, merged: 2captcha reads its parameters from either. */
async function readForm(req: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks).toString("utf8");
  const params = Object.fromEntries(new URL(req.url ?? "/", "http://stand-in").searchParams);
  const type = req.headers["content-type"] ?? "";
  if (body && type.includes("application/x-www-form-urlencoded"))
    Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
  else if (body && type.includes("application/json")) Object.assign(params, JSON.parse(body));
  return params;
}
