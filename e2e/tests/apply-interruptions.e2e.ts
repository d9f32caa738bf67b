import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withAdmin } from "@nyx/db/testing";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCase } from "../forms/form-case.ts";
import { judgeCase } from "../forms/judge.ts";
import { startPostgresFormRig } from "../forms/postgres-rig.ts";
import { applyFromPanel, serveCase, waitForAttempt } from "../forms/run-case.ts";

const FORMS = fileURLToPath(new URL("../../../shared/fixtures/forms", import.meta.url));
const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const CAPTCHA = loadCase(`${FORMS}/with-captcha`);
const SMS = loadCase(`${FORMS}/sms-code`);

/**
 * CAPTCHAs and verification codes in real Chromium, with the server on a real Postgres (its rows
 * are read back): attempts that fail pause the application with the tab's picture for the person;
 * a CAPTCHA the person solves, or a code the person gives, lets the form go out exactly once.
 */
describe("interruptions in the worker tab", () => {
  let rig: Awaited<ReturnType<typeof startPostgresFormRig>>;
  const query = <T>(text: string, values: unknown[] = []) =>
    withAdmin(async (client) => (await client.query(text, values)).rows as T[], rig.databaseUrl);
  const settings = (interruptions: Record<string, number>) =>
    rig.api("/api/settings", { method: "PUT", json: { interruptions } });
  const until = async <T>(probe: () => Promise<T | undefined>, what: string, ms = 30_000): Promise<T> => {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const workerPage = (url: string) =>
    until(async () => rig.browser.context.pages().find((p: Page) => p.url() === url), `a worker tab at ${url}`);

  beforeAll(async () => {
    rig = await startPostgresFormRig({ profile: ADA });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("a CAPTCHA nobody solves: three failed attempts, paused, nothing sent, the tab's picture on the server", async () => {
    await settings({ captchaAttempts: 3, captchaAttemptSeconds: 1 });
    const served = await serveCase(rig, CAPTCHA);
    try {
      const { applicationId } = await applyFromPanel(rig, `${CAPTCHA.spec.url}?unsolved=1`);
      const attempt = await waitForAttempt(rig, applicationId);
      expect(attempt).toMatchObject({ status: "paused", failureCode: "captcha", submitted: false });
      expect(served.submissions).toHaveLength(0);
      const captchas = await query<{ attempt_number: number; status: string; solver_type: string }>(
        "select attempt_number, status, solver_type from captcha_events where application_id = $1 order by attempt_number",
        [applicationId],
      );
      expect(captchas).toEqual([1, 2, 3].map((n) => ({ attempt_number: n, status: "failed", solver_type: "human" })));
      const [told] = await query<{ payload: { screenshot: string | null } }>(
        "select payload from application_events where application_id = $1 and event_type = 'person_told'",
        [applicationId],
      );
      const file = told?.payload.screenshot;
      expect(file, "the tab's screenshot reached the server").toMatch(/\.jpg$/);
      const picture = readFileSync(join(rig.server.dataDir, "screenshots", file ?? "none"));
      expect([...picture.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
      expect(picture.length).toBeGreaterThan(2000);
    } finally {
      await served.stop();
    }
  });

  it("a CAPTCHA the person solves during the first attempt: the form is sent exactly once", async () => {
    await settings({ captchaAttempts: 3, captchaAttemptSeconds: 30 });
    const served = await serveCase(rig, CAPTCHA);
    try {
      const url = `${CAPTCHA.spec.url}?solved=1`;
      const { applicationId } = await applyFromPanel(rig, url);
      await until(
        async () =>
          (
            await query("select 1 from captcha_events where application_id = $1 and status = 'manual_required'", [
              applicationId,
            ])
          )[0],
        "the first CAPTCHA attempt",
      );
      const page = await workerPage(url);
      // A trusted click, as the person's: the stand-in widget refuses scripted ones.
      await page.frameLocator("iframe[title='reCAPTCHA']").locator("#recaptcha-anchor").click();
      const attempt = await waitForAttempt(rig, applicationId);
      expect(attempt).toMatchObject({ status: "submitted", submitted: true });
      expect(served.submissions).toHaveLength(1);
      const verdict = judgeCase({ ...CAPTCHA.spec, flag: [] }, served.submissions[0] ?? null, []);
      expect(verdict.fields.filter((f) => !f.ok)).toEqual([]);
      expect(verdict.forbiddenSent).toEqual([]);
      const captchas = await query<{ attempt_number: number; status: string }>(
        "select attempt_number, status from captcha_events where application_id = $1",
        [applicationId],
      );
      expect(captchas).toEqual([{ attempt_number: 1, status: "solved" }]);
    } finally {
      await served.stop();
    }
  });

  it("a code by SMS: paused until the person gives it, then typed in and sent exactly once", async () => {
    await settings({ codeTimeoutSeconds: 60 });
    const served = await serveCase(rig, SMS);
    try {
      const { applicationId } = await applyFromPanel(rig, SMS.spec.url);
      const paused = await waitForAttempt(rig, applicationId);
      expect(paused).toMatchObject({ status: "paused", failureCode: "verification_code" });
      const pending = await query<{ method: string; status: string }>(
        "select method, status from two_factor_events where application_id = $1",
        [applicationId],
      );
      expect(pending).toEqual([{ method: "sms", status: "pending" }]);
      expect(served.submissions).toHaveLength(0);

      await rig.api(`/api/applications/${applicationId}/code`, { json: { code: "123456" } });
      const done = await waitForAttempt(rig, applicationId, (a) => a.status !== "in_progress" && a.status !== "paused");
      expect(done).toMatchObject({ status: "submitted", submitted: true });
      expect(served.submissions).toHaveLength(1);
      expect(served.submissions[0]?.fields.verification_code).toEqual(["123456"]);
      const verdict = judgeCase({ ...SMS.spec, flag: [] }, served.submissions[0] ?? null, []);
      expect(verdict.fields.filter((f) => !f.ok)).toEqual([]);
      const completed = await query<{ status: string; supplied: boolean }>(
        "select status, code_supplied_at is not null as supplied from two_factor_events where application_id = $1",
        [applicationId],
      );
      expect(completed).toEqual([{ status: "completed", supplied: true }]);
    } finally {
      await served.stop();
    }
  });
});
