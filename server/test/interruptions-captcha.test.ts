import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DRIVERS } from "@nyx/db/testing";
import { ApplyAttempt, CaptchaAdvice } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaptchaSolver } from "../src/interruptions/captcha-solver.ts";
import {
  applicationBeingApplied,
  importAda,
  post,
  recordingNotifier,
  rows,
  setInterruptions,
} from "./interruptions-support.ts";
import { createTestApp, type TestApp } from "./support.ts";

const FORM = "https://careers.corvane-bio.com/jobs/cb-0193/apply";
const JOB = { company: "Corvane Bio", title: "Senior Machine Learning Scientist" };
/** The smallest JPEG header and some bytes: what a screenshot starts with. */
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from("a picture of the tab")]);

describe.each(DRIVERS)("CAPTCHA attempts before submit (%s)", (driver) => {
  let s: TestApp;
  const notifier = recordingNotifier();
  const attempt = (id: string, body: Record<string, unknown>) =>
    post(s, `/api/applications/${id}/captcha`, { kind: "reCAPTCHA", pageUrl: FORM, sitekey: "6Lc-site", ...body });
  const captchaRows = (id: string) =>
    rows<{
      attempt_number: number;
      status: string;
      solver_type: string;
      provider: string;
      solve_time_ms: number | null;
    }>(
      s,
      sql`select attempt_number, status, solver_type, provider, solve_time_ms from captcha_events
          where application_id = ${id} order by attempt_number, created_at`,
    );

  beforeAll(async () => {
    s = await createTestApp({ driver, notifier });
    await importAda(s);
  });
  afterAll(async () => s?.dispose());

  it("records each attempt for the person, renews the lease, and answers the settings", async () => {
    const id = await applicationBeingApplied(s, `${FORM}?a=1`, JOB);
    await s.t.database.db.execute(
      sql`update nyx_runtime.application_leases set leased_until = now() + interval '2 seconds' where application_id = ${id}`,
    );
    const first = await attempt(id, { attempt: 1, status: "waiting" });
    expect(first.status).toBe(200);
    expect(CaptchaAdvice.parse(await first.json())).toEqual({ attempts: 3, waitSeconds: 60 });
    const [lease] = await rows<{ left: number }>(
      s,
      sql`select extract(epoch from leased_until - now())::int as left from nyx_runtime.application_leases where application_id = ${id}`,
    );
    expect(lease?.left).toBeGreaterThan(30);
    expect((await attempt(id, { attempt: 1, status: "failed" })).status).toBe(200);
    await attempt(id, { attempt: 2, status: "waiting" });
    expect((await attempt(id, { attempt: 2, status: "solved" })).status).toBe(200);
    expect(await captchaRows(id)).toMatchObject([
      { attempt_number: 1, status: "failed", solver_type: "human", provider: "recaptcha_v2", solve_time_ms: null },
      { attempt_number: 2, status: "solved", solver_type: "human", provider: "recaptcha_v2" },
    ]);
    expect((await captchaRows(id))[1]?.solve_time_ms).toBeGreaterThanOrEqual(0);

    await setInterruptions(s, { captchaAttempts: 2, captchaAttemptSeconds: 0 });
    const advice = CaptchaAdvice.parse(
      await (await attempt(id, { attempt: 1, status: "waiting", kind: "hCaptcha" })).json(),
    );
    expect(advice).toEqual({ attempts: 2, waitSeconds: 0 });
    await setInterruptions(s, {});
  });

  it("refuses an application not being applied, and a bad attempt, without writing anything", async () => {
    const created = await post(s, "/api/applications", { url: `${FORM}?a=queued` });
    const { applicationId } = (await created.json()) as { applicationId: string };
    expect((await attempt(applicationId, { attempt: 1, status: "waiting" })).status).toBe(409);
    const id = await applicationBeingApplied(s, `${FORM}?a=bad`, JOB);
    expect((await attempt(id, { attempt: 0, status: "waiting" })).status).toBe(400);
    expect((await attempt(id, { attempt: 1, status: "guessed" })).status).toBe(400);
    expect((await attempt(id, { attempt: 1, status: "waiting", kind: "FunCaptcha" })).status).toBe(400);
    expect(await captchaRows(id)).toEqual([]);
    expect(await captchaRows(applicationId)).toEqual([]);
  });

  it("after the last attempt: paused, the person told with the tab's picture, kept in the data folder only", async () => {
    const id = await applicationBeingApplied(s, `${FORM}?a=beaten`, JOB);
    await post(s, `/api/applications/${id}/steps`, {
      step: 0,
      pageUrl: FORM,
      fields: [],
      startedAt: new Date().toISOString(),
      endedAt: new Date().toISOString(),
      action: "submit",
      ok: true,
    });
    const before = notifier.sent.length;
    const screenshot = JPEG.toString("base64");
    const outcome = await post(s, `/api/applications/${id}/outcome`, {
      outcome: "interrupted",
      interruption: "captcha",
      detail: "a reCAPTCHA before the submit button was not solved in 3 attempts",
      screenshot,
    });
    expect(outcome.status).toBe(201);
    const attemptNow = ApplyAttempt.parse(await (await s.call(`/api/applications/${id}/attempt`)).json());
    expect(attemptNow).toMatchObject({ status: "paused", failureCode: "captcha" });

    expect(notifier.sent.length).toBe(before + 1);
    const message = notifier.sent.at(-1);
    expect(message?.text).toContain("Corvane Bio (careers.corvane-bio.com)");
    expect(message?.text).toContain("Senior Machine Learning Scientist");
    expect(message?.text).toContain("3 attempts");
    expect(message?.text).toContain("Nyx window");
    expect(message?.photo?.bytes.equals(JPEG)).toBe(true);

    const [told] = await rows<{ payload: { screenshot: string; delivered: boolean } }>(
      s,
      sql`select payload from application_events where application_id = ${id} and event_type = 'person_told'`,
    );
    expect(told?.payload.delivered).toBe(true);
    const file = join(s.dataDir, "screenshots", told?.payload.screenshot ?? "none");
    expect(told?.payload.screenshot).toMatch(/^[0-9a-f-]{36}\.jpg$/);
    expect(readFileSync(file).equals(JPEG)).toBe(true);
    const stored = await rows<{ n: number }>(
      s,
      sql`select count(*)::int as n from application_events where payload::text like ${`%${screenshot.slice(0, 12)}%`}`,
    );
    expect(stored[0]?.n).toBe(0);
  });

  it("a picture that is no image is not kept, and the person is told all the same", async () => {
    const id = await applicationBeingApplied(s, `${FORM}?a=notimage`, JOB);
    const files = () => (existsSync(join(s.dataDir, "screenshots")) ? readdirSync(join(s.dataDir, "screenshots")) : []);
    const before = files().length;
    const outcome = await post(s, `/api/applications/${id}/outcome`, {
      outcome: "interrupted",
      interruption: "captcha",
      detail: "not solved",
      screenshot: Buffer.from("<html>not a picture</html>").toString("base64"),
    });
    expect(outcome.status).toBe(201);
    expect(files().length).toBe(before);
    expect(notifier.sent.at(-1)?.photo).toBeUndefined();
    expect(notifier.sent.at(-1)?.text).toContain("careers.corvane-bio.com");
  });
});

describe("a solving service behind the CaptchaSolver seam", () => {
  let s: TestApp;
  const asked: unknown[] = [];
  const solver: CaptchaSolver = {
    service: "stand-in",
    solve: async (task) => {
      asked.push(task);
      return task.sitekey ? "03AGdBq2-token" : undefined;
    },
  };
  beforeAll(async () => {
    s = await createTestApp({ captchaSolver: solver });
    await importAda(s);
  });
  afterAll(async () => s?.dispose());

  it("hands its token to the tab and records its attempt; without a site key the person solves it", async () => {
    const id = await applicationBeingApplied(s, `${FORM}?a=solver`, JOB);
    const withKey = await post(s, `/api/applications/${id}/captcha`, {
      attempt: 1,
      status: "waiting",
      kind: "Turnstile",
      sitekey: "0x4AAA",
      pageUrl: FORM,
    });
    expect(CaptchaAdvice.parse(await withKey.json()).token).toBe("03AGdBq2-token");
    expect(asked).toEqual([{ kind: "Turnstile", sitekey: "0x4AAA", pageUrl: FORM }]);
    const noKey = await post(s, `/api/applications/${id}/captcha`, {
      attempt: 2,
      status: "waiting",
      kind: "Turnstile",
      pageUrl: FORM,
    });
    expect(CaptchaAdvice.parse(await noKey.json()).token).toBeUndefined();
    const events = await rows<{ status: string; solver_type: string; solver_service: string | null; provider: string }>(
      s,
      sql`select status, solver_type, solver_service, provider from captcha_events where application_id = ${id} order by attempt_number`,
    );
    expect(events).toEqual([
      { status: "attempted", solver_type: "external_service", solver_service: "stand-in", provider: "turnstile" },
      { status: "manual_required", solver_type: "human", solver_service: null, provider: "turnstile" },
    ]);
  });
});
