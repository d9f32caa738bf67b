import { fileURLToPath } from "node:url";
import { withAdmin } from "@nyx/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCase } from "../forms/form-case.ts";
import { startPostgresFormRig } from "../forms/postgres-rig.ts";
import { runCase } from "../forms/run-case.ts";

const FORMS = fileURLToPath(new URL("../../../shared/fixtures/forms", import.meta.url));
const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));

/** The same flow on the shared Postgres: what the tab did is recorded there, step by step. */
describe("applying with the server on the real Postgres", () => {
  let rig: Awaited<ReturnType<typeof startPostgresFormRig>>;
  beforeAll(async () => {
    rig = await startPostgresFormRig({ profile: ADA });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("submits a plain form once and records its questions, steps and outcome", async () => {
    const run = await runCase(rig, loadCase(`${FORMS}/generic-plain`));
    expect(run.verdict.passed, JSON.stringify(run.verdict.fields.filter((f) => !f.ok))).toBe(true);
    expect(run.submissions).toBe(1);
    const rows = await withAdmin(async (client) => {
      const app = await client.query(
        "select application_status, application_submitted_at, final_confirmation_type, duration_seconds from applications",
      );
      const steps = await client.query("select action_type, success from application_steps order by timestamp_start");
      const events = await client.query("select event_type from application_events order by created_at");
      const questions = await client.query("select count(*)::int as n from application_questions");
      return {
        app: app.rows,
        steps: steps.rows,
        events: events.rows.map((e) => e.event_type),
        questions: questions.rows[0].n,
      };
    }, rig.databaseUrl);
    expect(rows.app).toHaveLength(1);
    expect(rows.app[0]).toMatchObject({
      application_status: "submitted",
      final_confirmation_type: "confirmation_page",
    });
    expect(rows.app[0].application_submitted_at).not.toBeNull();
    expect(rows.steps.map((s) => s.action_type)).toContain("upload_file");
    expect(rows.steps.map((s) => s.action_type)).toContain("submit_form");
    expect(rows.steps.every((s) => s.success === true)).toBe(true);
    // The intent is recorded before the click, the confirmation after it.
    expect(rows.events.indexOf("submit_intent")).toBeGreaterThanOrEqual(0);
    expect(rows.events.indexOf("submit_intent")).toBeLessThan(rows.events.indexOf("submitted"));
    expect(rows.questions).toBeGreaterThanOrEqual(10);
  });

  it("never applies twice: starting a submitted application again is refused", async () => {
    const target = await rig.api<{ applicationId: string }>("/api/applications", {
      json: { url: loadCase(`${FORMS}/generic-plain`).spec.url },
    });
    await expect(rig.api(`/api/applications/${target.applicationId}/apply`, { json: {} })).rejects.toThrow(
      /409.*never sent twice/,
    );
  });
});
