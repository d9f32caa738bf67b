import { CaptchaAdvice, type CaptchaKind } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/http/logging.ts";
import { twoCaptchaSolver } from "../src/interruptions/two-captcha.ts";
import { applicationBeingApplied, importAda, post, rows } from "./interruptions-support.ts";
import { startTwoCaptchaStandIn, type TwoCaptchaStandIn } from "./stand-ins/two-captcha.ts";
import { createTestApp, type TestApp } from "./support.ts";

const FORM = "https://careers.example-biotech.test/jobs/ml-scientist/apply";

function capturedLogger() {
  const lines: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void lines.push(line) } });
  return { logger, text: () => lines.join("") };
}

describe("2captcha as the CAPTCHA solver (classic in.php / res.php API)", () => {
  let svc: TwoCaptchaStandIn;
  const log = capturedLogger();
  const solver = (overrides: { apiKey?: string; baseUrl?: string; pollMs?: number; timeoutMs?: number } = {}) =>
    twoCaptchaSolver({
      apiKey: svc.apiKey,
      baseUrl: svc.baseUrl,
      logger: log.logger,
      pollMs: 10,
      timeoutMs: 3_000,
      ...overrides,
    });

  beforeAll(async () => {
    svc = await startTwoCaptchaStandIn();
  });
  afterEach(() => {
    svc.failSubmit(undefined);
    svc.failResult(undefined);
    svc.setNotReady(1);
  });
  afterAll(async () => svc?.close());

  it.each<[CaptchaKind, string, string]>([
    ["reCAPTCHA", "userrecaptcha", "6LcX9n0sAAAAAExampleSitekey000000000000"],
    ["hCaptcha", "hcaptcha", "a5f74b19-9e45-40e0-b45d-47ff91b7a6c2"],
    ["Turnstile", "turnstile", "0x4AAAAAAAExampleSitekey"],
  ])(
    "%s: sent as method=%s with its site key and page, the token after the not-ready polls",
    async (kind, method, sitekey) => {
      svc.setNotReady(2);
      const callsBefore = svc.calls.length;
      const token = await solver().solve({ kind, sitekey, pageUrl: FORM });

      const task = svc.tasks.at(-1);
      expect(task).toMatchObject({ method, sitekey, pageurl: FORM, polls: 3 });
      expect(token).toBe(svc.tokens.at(-1));
      expect(token).toContain(task?.id);
      const calls = svc.calls.slice(callsBefore);
      expect(calls.map((c) => `${c.httpMethod} ${c.path}`)).toEqual([
        "POST /in.php",
        "GET /res.php",
        "GET /res.php",
        "GET /res.php",
      ]);
      expect(calls[0]?.params).toMatchObject({
        key: svc.apiKey,
        method,
        [kind === "reCAPTCHA" ? "googlekey" : "sitekey"]: sitekey,
        json: "1",
      });
      expect(calls[1]?.params).toEqual({ key: svc.apiKey, action: "get", id: task?.id, json: "1" });
    },
  );

  it.each([
    ["in.php refuses (ERROR_ZERO_BALANCE)", () => svc.failSubmit("ERROR_ZERO_BALANCE"), "ERROR_ZERO_BALANCE"],
    [
      "res.php gives up (ERROR_CAPTCHA_UNSOLVABLE)",
      () => svc.failResult("ERROR_CAPTCHA_UNSOLVABLE"),
      "ERROR_CAPTCHA_UNSOLVABLE",
    ],
  ])("%s: undefined, a warning naming the error, never the key", async (_what, fail, error) => {
    fail();
    const before = log.text().length;
    expect(await solver().solve({ kind: "reCAPTCHA", sitekey: "6Lc-key", pageUrl: FORM })).toBeUndefined();
    const written = log.text().slice(before);
    expect(written).toContain(error);
    expect(written).toContain('"level":40');
    expect(written).toContain("careers.example-biotech.test");
    expect(log.text()).not.toContain(svc.apiKey);
  });

  it("a wrong key, an address that is not the service, a service that is not there: undefined, the key never logged", async () => {
    const wrongKey = "2c-wrong-key-fedcba9876543210";
    const before = log.text().length;
    const task = { kind: "hCaptcha" as const, sitekey: "a5f7-key", pageUrl: FORM };
    expect(await solver({ apiKey: wrongKey }).solve(task)).toBeUndefined();
    expect(await solver({ baseUrl: `${svc.baseUrl}/elsewhere` }).solve(task)).toBeUndefined();
    const gone = await startTwoCaptchaStandIn();
    await gone.close();
    expect(await solver({ baseUrl: gone.baseUrl }).solve(task)).toBeUndefined();
    const written = log.text().slice(before);
    expect(written).toContain("ERROR_WRONG_USER_KEY");
    expect(written).toContain("HTTP 404");
    expect(written.match(/the person solves it/g)).toHaveLength(3);
    for (const key of [wrongKey, svc.apiKey]) expect(log.text()).not.toContain(key);
  });

  it("no token in time: undefined once the timeout has passed, the polls stopped", async () => {
    svc.setNotReady(1_000);
    const started = Date.now();
    const token = await solver({ pollMs: 20, timeoutMs: 500 }).solve({
      kind: "Turnstile",
      sitekey: "0x4-key",
      pageUrl: FORM,
    });
    expect(token).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(490);
    expect(Date.now() - started).toBeLessThan(2_500);
    const task = svc.tasks.at(-1);
    // It kept asking until the time was up (how often depends on the machine's load; more than once).
    expect(task?.polls).toBeGreaterThanOrEqual(2);
    const polls = task?.polls;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(svc.tasks.at(-1)?.polls).toBe(polls);
    expect(log.text()).toContain("no token within 500 ms");
  });

  it("no site key: undefined without asking the service", async () => {
    const callsBefore = svc.calls.length;
    expect(await solver().solve({ kind: "reCAPTCHA", sitekey: undefined, pageUrl: FORM })).toBeUndefined();
    expect(svc.calls.length).toBe(callsBefore);
  });
});

describe("the server with TWOCAPTCHA_API_KEY set", () => {
  let svc: TwoCaptchaStandIn;
  let s: TestApp;
  const JOB = { company: "Example Biotech", title: "Machine Learning Scientist" };
  const events = (id: string) =>
    rows<{ status: string; solver_type: string; solver_service: string | null; provider: string }>(
      s,
      sql`select status, solver_type, solver_service, provider from captcha_events
          where application_id = ${id} order by attempt_number`,
    );

  beforeAll(async () => {
    svc = await startTwoCaptchaStandIn({ notReady: 0 });
    s = await createTestApp({ env: { TWOCAPTCHA_API_KEY: svc.apiKey, TWOCAPTCHA_BASE_URL: svc.baseUrl } });
    await importAda(s);
  });
  afterAll(async () => {
    await s?.dispose();
    await svc?.close();
  });

  it("says in /health that the service is on, without the key", async () => {
    const text = await (await s.call("/health")).text();
    expect(JSON.parse(text)).toMatchObject({ features: { captchaSolver: { configured: true } } });
    expect(JSON.parse(text).notices.join(" ")).not.toContain("TWOCAPTCHA");
    expect(text).not.toContain(svc.apiKey);
  });

  it("hands the tab 2captcha's token and records the service's attempt", { timeout: 30_000 }, async () => {
    const id = await applicationBeingApplied(s, `${FORM}?a=service`, JOB);
    const response = await post(s, `/api/applications/${id}/captcha`, {
      attempt: 1,
      status: "waiting",
      kind: "reCAPTCHA",
      sitekey: "6LcX9n0sAAAAAExampleSitekey000000000000",
      pageUrl: FORM,
    });
    expect(response.status).toBe(200);
    const advice = CaptchaAdvice.parse(await response.json());
    expect(advice.token).toBe(svc.tokens.at(-1));
    expect(svc.tasks.at(-1)).toMatchObject({
      method: "userrecaptcha",
      sitekey: "6LcX9n0sAAAAAExampleSitekey000000000000",
      pageurl: FORM,
    });
    expect(
      (
        await post(s, `/api/applications/${id}/captcha`, {
          attempt: 1,
          status: "solved",
          kind: "reCAPTCHA",
          pageUrl: FORM,
        })
      ).status,
    ).toBe(200);
    expect(await events(id)).toEqual([
      { status: "solved", solver_type: "external_service", solver_service: "2captcha", provider: "recaptcha_v2" },
    ]);
  });

  it("when the service refuses, the attempt is the person's and the key stays out of the logs", async () => {
    svc.failSubmit("ERROR_ZERO_BALANCE");
    const id = await applicationBeingApplied(s, `${FORM}?a=broke`, JOB);
    const response = await post(s, `/api/applications/${id}/captcha`, {
      attempt: 1,
      status: "waiting",
      kind: "hCaptcha",
      sitekey: "a5f74b19-key",
      pageUrl: FORM,
    });
    expect(CaptchaAdvice.parse(await response.json()).token).toBeUndefined();
    expect(await events(id)).toEqual([
      { status: "manual_required", solver_type: "human", solver_service: null, provider: "hcaptcha" },
    ]);
    const logs = s.logs.join("");
    expect(logs).toContain("ERROR_ZERO_BALANCE");
    expect(logs).not.toContain(svc.apiKey);
  });
});
