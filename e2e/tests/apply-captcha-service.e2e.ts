import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { withAdmin } from "@nyx/db/testing";
import { startTwoCaptchaStandIn, type TwoCaptchaStandIn } from "@nyx/server/testing/two-captcha";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCase } from "../forms/form-case.ts";
import { judgeCase } from "../forms/judge.ts";
import { startPostgresFormRig } from "../forms/postgres-rig.ts";
import { applyFromPanel, serveCase, waitForAttempt } from "../forms/run-case.ts";

const FORMS = fileURLToPath(new URL("../../../shared/fixtures/forms", import.meta.url));
const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const CAPTCHA = loadCase(`${FORMS}/with-captcha`);

/**
 * With TWOCAPTCHA_API_KEY set, in real Chromium with the built extension, the server on a real
 * Postgres and a local 2captcha over HTTP: the worker tab reports the widget's site key, the server
 * asks the service, the token goes into the widget's response field and the form goes out once,
 * with nobody clicking anything.
 */
describe("a CAPTCHA solved by the 2captcha service", () => {
  let svc: TwoCaptchaStandIn;
  let rig: Awaited<ReturnType<typeof startPostgresFormRig>>;
  const query = <T>(text: string, values: unknown[] = []) =>
    withAdmin(async (client) => (await client.query(text, values)).rows as T[], rig.databaseUrl);

  beforeAll(async () => {
    svc = await startTwoCaptchaStandIn({ notReady: 0 });
    rig = await startPostgresFormRig({
      profile: ADA,
      env: { TWOCAPTCHA_API_KEY: svc.apiKey, TWOCAPTCHA_BASE_URL: svc.baseUrl },
      // One attempt and no wait for the person: only the service's token can get the form out.
      settings: { interruptions: { captchaAttempts: 1, captchaAttemptSeconds: 0, codeTimeoutSeconds: 2 } },
    });
  });
  afterAll(async () => {
    await rig?.close();
    await svc?.close();
  });

  it("the service's token goes into the widget and the form is sent exactly once", async () => {
    const served = await serveCase(rig, CAPTCHA);
    try {
      const url = `${CAPTCHA.spec.url}?service=1`;
      const { applicationId } = await applyFromPanel(rig, url);
      const attempt = await waitForAttempt(rig, applicationId);
      expect(attempt).toMatchObject({ status: "submitted", submitted: true });

      const widget = /data-sitekey="([^"]+)"/.exec(readFileSync(join(CAPTCHA.dir, "index.html"), "utf8"))?.[1];
      expect(svc.tasks).toHaveLength(1);
      expect(svc.tasks[0]).toMatchObject({ method: "userrecaptcha", sitekey: widget, pageurl: url });
      expect(svc.tokens).toHaveLength(1);

      expect(served.submissions).toHaveLength(1);
      const sent = served.submissions[0];
      expect(sent?.fields["g-recaptcha-response"]).toEqual([svc.tokens[0]]);
      const verdict = judgeCase({ ...CAPTCHA.spec, flag: [] }, sent ?? null, []);
      expect(verdict.fields.filter((f) => !f.ok)).toEqual([]);
      expect(verdict.forbiddenSent).toEqual([]);

      const captchas = await query<{ status: string; solver_type: string; solver_service: string | null }>(
        "select status, solver_type, solver_service from captcha_events where application_id = $1",
        [applicationId],
      );
      expect(captchas).toEqual([{ status: "solved", solver_type: "external_service", solver_service: "2captcha" }]);
    } finally {
      await served.stop();
    }
  });
});
