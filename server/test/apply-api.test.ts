import { readFileSync } from "node:fs";
import { DRIVERS } from "@nyx/db/testing";
import { ApplyAttempt, ResumeFile } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp, FIXTURES, type TestApp } from "./support.ts";

const FORM_URL = "https://careers.example-employer.ch/jobs/77-data-engineer/apply";
const NOW = new Date().toISOString();

describe.each(DRIVERS)("the apply flow's API (%s)", (driver) => {
  let s: TestApp;
  const count = async (table: string) =>
    (await s.t.database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]?.n;
  const attempt = async (id: string) =>
    ApplyAttempt.parse(await (await s.call(`/api/applications/${id}/attempt`)).json());
  const create = async (url: string) => {
    const response = await s.call("/api/applications", { method: "POST", json: { url } });
    expect(response.status).toBe(201);
    return ((await response.json()) as { applicationId: string }).applicationId;
  };
  const post = (path: string, json: unknown) => s.call(path, { method: "POST", json });

  beforeAll(async () => {
    s = await createTestApp({ driver });
    expect((await post("/api/profiles", { yaml: ADA_YAML, files: adaFiles() })).status).toBe(201);
  });
  afterAll(async () => s?.dispose());

  it("queues an address once, and refuses a bad one without storing anything", async () => {
    const before = await count("applications");
    const bad = await post("/api/applications", { url: "javascript:alert(1)" });
    expect(bad.status).toBe(400);
    expect(await count("applications")).toBe(before);
    const id = await create(FORM_URL);
    expect(await create(FORM_URL)).toBe(id);
    expect((await attempt(id)).status).toBe("queued");
  });

  it("hands an application to a worker once, records its steps, the intent, and the submit; never twice", async () => {
    const id = await create(`${FORM_URL}?variant=steps`);
    const start = await post(`/api/applications/${id}/apply`, {});
    expect(start.status).toBe(202);
    expect(await start.json()).toMatchObject({ applicationId: id, url: `${FORM_URL}?variant=steps`, attempt: 1 });
    expect((await attempt(id)).status).toBe("in_progress");
    expect((await post(`/api/applications/${id}/apply`, {})).status).toBe(409);

    const bad = await post(`/api/applications/${id}/steps`, { step: -1, fields: [] });
    expect(bad.status).toBe(400);
    const step = await post(`/api/applications/${id}/steps`, {
      step: 0,
      pageUrl: FORM_URL,
      fields: [
        { ref: "f1", label: "First name", name: "first", action: "fill_field", shown: "Ada", ok: true },
        { ref: "f2", label: "CV", name: "cv", action: "upload_file", shown: "ada-lovelace-cv.pdf", ok: true },
      ],
      startedAt: NOW,
      endedAt: NOW,
      action: "submit",
      ok: true,
    });
    expect(step.status).toBe(201);
    const rows = await s.t.database.db.execute<{ action_type: string }>(
      sql`select action_type from application_steps where application_id = ${id} order by action_type`,
    );
    expect(rows.rows.map((r) => r.action_type)).toEqual(["fill_field", "submit_form", "upload_file"]);

    const stale = await post(`/api/applications/${id}/outcome`, {
      outcome: "submit_intent",
      pageUrl: FORM_URL,
      attempt: 2,
    });
    expect(stale.status).toBe(409);
    expect(JSON.stringify(await stale.json())).toMatch(/do not submit/);
    expect(
      (await post(`/api/applications/${id}/outcome`, { outcome: "submit_intent", pageUrl: FORM_URL, attempt: 1 }))
        .status,
    ).toBe(201);
    const twice = await post(`/api/applications/${id}/outcome`, {
      outcome: "submit_intent",
      pageUrl: FORM_URL,
      attempt: 1,
    });
    expect(twice.status).toBe(409);
    const done = await post(`/api/applications/${id}/outcome`, {
      outcome: "submitted",
      confirmation: "page_text",
      text: "Thank you",
    });
    expect(done.status).toBe(201);
    const after = await attempt(id);
    expect(after).toMatchObject({ status: "submitted", submitted: true });
    const again = await post(`/api/applications/${id}/apply`, {});
    expect(again.status).toBe(409);
    expect(JSON.stringify(await again.json())).toMatch(/never sent twice/);
  });

  it("records the last step with the submit intent, keeps it when the intent is refused, and says when the status changed", async () => {
    const id = await create(`${FORM_URL}?variant=with-intent`);
    expect((await post(`/api/applications/${id}/apply`, {})).status).toBe(202);
    const step = {
      step: 0,
      pageUrl: FORM_URL,
      fields: [{ ref: "f1", label: "E-mail", name: "email", action: "fill_field", shown: "ada@example.org", ok: true }],
      startedAt: NOW,
      endedAt: NOW,
      action: "submit",
      ok: true,
    };
    const steps = async () =>
      (
        await s.t.database.db.execute<{ n: number }>(
          sql`select count(*)::int as n from application_steps where application_id = ${id}`,
        )
      ).rows[0]?.n;
    const intent = (attempt: number, report: unknown) =>
      post(`/api/applications/${id}/outcome`, { outcome: "submit_intent", pageUrl: FORM_URL, attempt, step: report });
    expect((await intent(1, { ...step, step: -1 })).status).toBe(400);
    expect(await steps()).toBe(0);

    expect((await intent(9, step)).status).toBe(409);
    expect(await steps()).toBe(2);
    const before = Date.now();
    expect((await intent(1, step)).status).toBe(201);
    expect(await steps()).toBe(4);
    expect((await post(`/api/applications/${id}/outcome`, { outcome: "submitted", confirmation: "none" })).status).toBe(
      201,
    );
    const after = await attempt(id);
    expect(after.status).toBe("submitted");
    const changed = Date.parse(after.statusChangedAt ?? "");
    expect(changed).toBeGreaterThanOrEqual(before - 1000);
    expect(changed).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it("an attempt stopped after the submit intent is never started again", async () => {
    const id = await create(`${FORM_URL}?variant=crash`);
    expect((await post(`/api/applications/${id}/apply`, {})).status).toBe(202);
    await post(`/api/applications/${id}/outcome`, { outcome: "submit_intent", pageUrl: FORM_URL, attempt: 1 });
    await post(`/api/applications/${id}/outcome`, { outcome: "failed", code: "worker_error", detail: "tab closed" });
    expect(await attempt(id)).toMatchObject({ status: "paused", failureCode: "check_manually", submitted: false });
    const again = await post(`/api/applications/${id}/apply`, {});
    expect(again.status).toBe(409);
    expect(JSON.stringify(await again.json())).toMatch(/check it by hand/);
  });

  it("a CAPTCHA pauses the application with the reason, and the person can start it again", async () => {
    const id = await create(`${FORM_URL}?variant=captcha`);
    await post(`/api/applications/${id}/apply`, {});
    const paused = await post(`/api/applications/${id}/outcome`, {
      outcome: "interrupted",
      interruption: "captcha",
      detail: "a reCAPTCHA stands before the submit button",
    });
    expect(paused.status).toBe(201);
    expect(await attempt(id)).toMatchObject({ status: "paused", failureCode: "captcha" });
    expect((await post(`/api/applications/${id}/apply`, {})).status).toBe(202);
  });

  it("reports only for applications being applied, and refuses unknown outcomes", async () => {
    const id = await create(`${FORM_URL}?variant=idle`);
    const early = await post(`/api/applications/${id}/outcome`, { outcome: "submitted", confirmation: "none" });
    expect(early.status).toBe(409);
    expect((await attempt(id)).status).toBe("queued");
    const unknown = await post(`/api/applications/${id}/outcome`, { outcome: "exploded" });
    expect(unknown.status).toBe(400);
  });

  it("serves the person's CV under the name they gave it, and nothing else", async () => {
    const { rows } = await s.t.database.db.execute<{ id: string; key: string }>(
      sql`select v.id, r.resume_key as key from resume_versions v join resumes r on r.id = v.resume_id`,
    );
    const english = rows.find((r) => /en/.test(r.key)) ?? rows[0];
    expect(english).toBeDefined();
    const response = await s.call(`/api/resumes/${english?.id}/file`);
    expect(response.status).toBe(200);
    const file = ResumeFile.parse(await response.json());
    const given = ADA_YAML.match(new RegExp(`key: ${english?.key}, file: ([\\w.-]+)`))?.[1];
    expect(file.name).toBe(given);
    const original = readFileSync(new URL(`profile/${given}`, FIXTURES));
    expect(Buffer.from(file.base64, "base64").equals(original)).toBe(true);
    expect((await s.call("/api/resumes/00000000-0000-4000-8000-000000000000/file")).status).toBe(404);
    expect((await s.call("/api/resumes/not-a-uuid/file")).status).toBe(400);
  });
});
