import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCases } from "../forms/form-case.ts";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { runCase } from "../forms/run-case.ts";

const FORMS = fileURLToPath(new URL("../../../shared/fixtures/forms", import.meta.url));
/** Our own cases in the same format, written like sites the fixtures do not cover (Workable, Personio, BambooHR, …). */
const OWN_FORMS = fileURLToPath(new URL("../cases/forms", import.meta.url));
const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const CASES = [...loadCases(FORMS), ...loadCases(OWN_FORMS)];

/**
 * Every fixture form through the real apply flow in Chromium, judged only on what the employer
 * received at /__submit: expected fields right, nothing forbidden, sent exactly once; a case with
 * questions or interruptions only the person can answer is paused with them named and never sent.
 */
describe("applying to every fixture form (and our own cases)", () => {
  let rig: FormRig;
  beforeAll(async () => {
    rig = await startFormRig({ profile: ADA });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", async (_name, kase) => {
    const run = await runCase(rig, kase);
    const wrong = run.verdict.fields
      .filter((f) => !f.ok)
      .map((f) => `${f.name}: ${f.why}, got ${JSON.stringify(f.got)}`);
    expect(wrong, `${kase.name} (${run.attempt.status}: ${run.attempt.reason})`).toEqual([]);
    expect(run.verdict.forbiddenSent).toEqual([]);
    if (kase.spec.flag.length > 0) {
      expect(run.submissions, "a case with flags is never sent").toBe(0);
      expect(run.attempt.status).toBe("paused");
      expect(run.flagged).toEqual(expect.arrayContaining(kase.spec.flag));
    } else {
      expect(run.submissions, "sent exactly once").toBe(1);
      expect(run.attempt.status).toBe("submitted");
    }
    expect(run.verdict.passed).toBe(true);
  });
});
