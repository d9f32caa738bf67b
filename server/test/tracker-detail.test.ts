import { DRIVERS } from "@nyx/db/testing";
import { ApplicationDetail, CorrectionRecord, ErrorBody, HistoryPage, ResponseResult } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postingCases } from "./postings-fixture.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";
import { createTestApp, type TestApp } from "./support.ts";
import { applyThroughTheApi } from "./tracker-apply.ts";

/** What the stand-in model writes for every free-text field (only facts the profile gives). */
const LETTER =
  "I would be glad to bring my experience building NLP ranking models in PyTorch and running the MLOps platform on Kubernetes to your search ranking team. " +
  "In my current role I lead a team building ranking models, and before that I built demand forecasting pipelines with Spark and Airflow. " +
  "I enjoy taking models from offline experiments to production and measuring what they change for users.";

describe.each(DRIVERS)("History: an application's detail, corrections and responses (%s)", (driver) => {
  let s: TestApp;
  let api: OpenAiStandIn;
  let id = "";
  let queuedId = "";
  let applied: Awaited<ReturnType<typeof applyThroughTheApi>>;

  const detail = async (applicationId = id) => {
    const response = await s.call(`/api/applications/${applicationId}/detail`);
    expect(response.status, await response.clone().text()).toBe(200);
    return ApplicationDetail.parse(await response.json());
  };
  const post = (path: string, json: unknown) => s.call(path, { method: "POST", json });
  /** Every row the tracker writes, to show a refused request stored nothing. */
  const written = async () =>
    (
      await s.t.database.db.execute<{ h: number; i: number; o: number; c: number; q: string }>(sql`
        select (select count(*)::int from application_status_history) as h, (select count(*)::int from interviews) as i,
               (select count(*)::int from interview_outcomes) as o, (select count(*)::int from data_corrections) as c,
               (select string_agg(coalesce(value_filled, '∅'), '|' order by id) from application_questions) as q`)
    ).rows[0];

  beforeAll(async () => {
    api = await startOpenAiStandIn({
      apiKey: "test-key",
      chat: () => ({ json: { text: LETTER }, usage: { prompt_tokens: 900, completion_tokens: 120 } }),
    });
    s = await createTestApp({
      driver,
      env: { GROK_API_KEY: "test-key", GROK_BASE_URL: api.url, OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: api.url },
    });
    expect((await post("/api/profiles", { yaml: ADA_YAML, files: adaFiles() })).status).toBe(201);
    // A top-tier company: medium effort, so the letter is written by the model (and costs something).
    const company = postingCases().find((c) => c.name === "greenhouse")?.expected.company;
    await s.call("/api/settings", { method: "PUT", json: { companyTiers: { top: [String(company)], avoid: [] } } });
    applied = await applyThroughTheApi(s, "greenhouse");
    id = applied.id;
    const lever = postingCases().find((c) => c.name === "lever");
    const hunted = await post("/api/jobs", { url: lever?.url, html: lever?.html });
    queuedId = ((await hunted.json()) as { application: { id: string } }).application.id;
  });
  afterAll(async () => {
    await s?.dispose();
    await api?.close();
  });

  it("shows the posting, every question with its answer and source, the letter, the CV, events, timeline, steps and cost", async () => {
    const d = await detail();
    const expected = postingCases().find((c) => c.name === "greenhouse")?.expected ?? {};
    expect(d.status).toBe("submitted");
    expect(d.posting).toMatchObject({ title: expected.title, company: expected.company, url: applied.hunted.job.url });
    expect(d.posting.description).toContain((expected.description_contains as string[])[0]);
    expect(d.questions.map((q) => q.label)).toEqual(applied.form.fields.map((f) => f.label));
    for (const planned of applied.plan.plan.fields) {
      const label = applied.form.fields.find((f) => f.ref === planned.ref)?.label;
      const question = d.questions.find((q) => q.label === label);
      expect(question?.source, label).toBe(planned.source);
      expect(question?.corrected).toBe(false);
      expect(question?.originalAnswer).toBe(question?.answer);
    }
    expect(d.questions.find((q) => q.label === "First Name")).toMatchObject({ answer: "Ada", source: "profile" });
    const letter = applied.plan.plan.fields.find((p) => p.ref === "q5");
    expect(letter?.value?.length).toBeGreaterThan(100);
    expect(d.coverLetter?.text).toBe(letter?.value);
    expect(d.cv).toMatchObject({ key: "master_ai_ml", version: 1 });
    expect(d.cv?.fileName).toMatch(/\.(pdf|docx|txt|tex)$/);
    expect(d.events.map((e) => e.type)).toEqual(expect.arrayContaining(["submit_intent", "submitted"]));
    expect(d.timeline.map((t) => t.newStatus)).toEqual(expect.arrayContaining(["in_progress", "submitted"]));
    expect(d.timeline.every((t) => t.kind === "status")).toBe(true);
    expect(d.steps.total).toBe(applied.plan.plan.fields.length + 1);
    expect(d.steps.byAction.submit_form).toBe(1);
    const { rows } = await s.t.database.db.execute<{ calls: number; cost: number; tin: number }>(
      sql`select count(*)::int as calls, coalesce(sum(cost_estimated), 0)::float8 as cost,
                 coalesce(sum(tokens_input), 0)::float8 as tin from model_usage where application_id = ${id}`,
    );
    expect(d.usage.calls).toBe(rows[0]?.calls);
    expect(d.usage.byPurpose.map((u) => u.purpose)).toEqual(expect.arrayContaining(["cover_letter"]));
    expect(d.usage.costUsd).toBeGreaterThan(0);
    expect(d.coverLetter).toEqual({ text: LETTER, generatedBy: "llm" });
    expect(d.usage.tokensInput).toBe(rows[0]?.tin);
    expect(d.usage.costUsd).toBeCloseTo(rows[0]?.cost ?? -1, 9);
    expect(d.corrections).toEqual([]);
    expect(d.outcome).toBeNull();
  });

  it("a corrected answer shows both values: the original and the correction (POST /api/corrections)", async () => {
    const question = (await detail()).questions.find((q) => q.label === "Why do you want to work at our company?");
    if (!question?.answer) throw new Error("the question was not answered");
    const response = await post("/api/corrections", {
      table: "application_questions",
      recordId: question.id,
      field: "value_filled",
      newValue: "Your ranking team works on the problems I know best.",
      reason: "shorter and truer",
    });
    expect(response.status).toBe(201);
    const after = (await detail()).questions.find((q) => q.id === question.id);
    expect(after).toMatchObject({
      answer: "Your ranking team works on the problems I know best.",
      originalAnswer: question.answer,
      corrected: true,
    });
    const d = await detail();
    expect(d.corrections).toEqual([
      expect.objectContaining({
        table: "application_questions",
        recordId: question.id,
        field: "value_filled",
        label: "Why do you want to work at our company?",
        originalValue: question.answer,
        correctedValue: "Your ranking team works on the problems I know best.",
        reason: "shorter and truer",
        correctedBy: "user",
      }),
    ]);
  });

  it("corrects the application's own records from History, and refuses what is not this application's", async () => {
    const before = await detail();
    const fixed = await post(`/api/applications/${id}/corrections`, {
      table: "applications",
      recordId: id,
      field: "effort_level",
      newValue: "high",
      reason: "it took a long letter",
    });
    expect(fixed.status).toBe(201);
    expect(CorrectionRecord.parse(await fixed.json())).toMatchObject({ oldValue: before.effort, newValue: "high" });
    const after = await detail();
    expect(after.effort).toBe("high");
    expect(after.corrections.at(-1)).toMatchObject({
      field: "effort_level",
      originalValue: before.effort,
      correctedValue: "high",
    });

    const otherQuestion = (await detail()).questions[0]?.id;
    const rows = await written();
    for (const [body, status, message] of [
      [
        { table: "application_questions", recordId: otherQuestion, field: "value_filled", newValue: "x" },
        404,
        /no application_questions/,
      ],
      [{ table: "applications", recordId: id, field: "user_id", newValue: queuedId }, 400, /field/],
      [{ table: "applications", recordId: id, field: "effort_level", newValue: "extreme" }, 400, /refused/],
      [{ table: "job_posts", recordId: id, field: "job_title", newValue: "x" }, 400, /table/],
    ] as const) {
      const target = body.table === "application_questions" ? queuedId : id;
      const response = await post(`/api/applications/${target}/corrections`, body);
      expect(response.status, JSON.stringify(body)).toBe(status);
      expect(ErrorBody.parse(await response.json()).message).toMatch(message);
    }
    expect(await written()).toEqual(rows);
  });

  it("refuses a response for an application that was not submitted (409) and bad responses (400), storing nothing", async () => {
    const rows = await written();
    const refused = await post(`/api/applications/${queuedId}/response`, { outcome: "interview" });
    expect(refused.status).toBe(409);
    expect(ErrorBody.parse(await refused.json()).message).toMatch(/queued: only a submitted application/);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    for (const [body, named] of [
      [{ outcome: "ghosted" }, /outcome/],
      [{ outcome: "rejected", interview: { type: "technical", scheduledAt: tomorrow } }, /interview/],
      [{ outcome: "interview", interview: { type: "coffee", scheduledAt: tomorrow } }, /interview\.type/],
      [{ outcome: "interview", interview: { type: "technical", scheduledAt: "next tuesday" } }, /scheduledAt/],
      [{ outcome: "interview", interview: { type: "technical", scheduledAt: tomorrow, location: "moon" } }, /location/],
      [{ outcome: "reviewing", at: tomorrow }, /at: is in the future/],
      [{ outcome: "reviewing", at: "2020-01-01T00:00:00Z" }, /at: is before the application was sent/],
      [{ outcome: "reviewing", note: "" }, /note/],
      [{ outcome: "reviewing", mood: "hopeful" }, /mood/],
    ] as const) {
      const response = await post(`/api/applications/${id}/response`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(ErrorBody.parse(await response.json()).message).toMatch(named);
    }
    const broken = await s.call(`/api/applications/${id}/response`, {
      method: "POST",
      body: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(broken.status).toBe(400);
    expect((await post("/api/applications/not-a-uuid/response", { outcome: "reviewing" })).status).toBe(400);
    expect(
      (await post("/api/applications/0f0f0f0f-0000-4000-8000-000000000001/response", { outcome: "reviewing" })).status,
    ).toBe(404);
    expect(await written()).toEqual(rows);
  });

  it("records responses and an interview at the job's company; the application stays submitted", async () => {
    const reviewing = await post(`/api/applications/${id}/response`, {
      outcome: "reviewing",
      note: "auto-reply: under review",
    });
    expect(reviewing.status).toBe(201);
    const scheduledAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const response = await post(`/api/applications/${id}/response`, {
      outcome: "interview",
      interview: { type: "phone_screen", scheduledAt, durationMinutes: 30, location: "remote" },
    });
    expect(response.status).toBe(201);
    const result = ResponseResult.parse(await response.json());
    expect(result.interview).toMatchObject({
      type: "phone_screen",
      round: 1,
      durationMinutes: 30,
      location: "remote",
      outcomes: [],
    });
    expect(result.interview?.scheduledAt).toBe(scheduledAt);
    const { rows } = await s.t.database.db.execute<{ same: boolean; status: string }>(sql`
      select i.company_id = j.company_id as same, a.application_status as status
        from interviews i join applications a on a.id = i.application_id join job_posts j on j.id = a.job_post_id
       where i.id = ${result.interview?.id ?? null}`);
    expect(rows).toEqual([{ same: true, status: "submitted" }]);

    const d = await detail();
    expect(d.status).toBe("submitted");
    expect(d.outcome?.outcome).toBe("interview");
    const outcomes = d.timeline.filter((t) => t.kind === "outcome");
    expect(outcomes.map((t) => [t.oldStatus, t.newStatus, t.actor])).toEqual([
      ["submitted", "reviewing", "user"],
      ["reviewing", "interview", "user"],
    ]);
    expect(outcomes[0]?.reason).toBe("auto-reply: under review");
    expect(d.interviews.map((i) => i.id)).toEqual([result.interview?.id]);
  });

  it("records how an interview went; an offer extended becomes the application's outcome", async () => {
    const [interview] = (await detail()).interviews;
    if (!interview) throw new Error("no interview");
    const rows = await written();
    for (const body of [
      { outcome: "great" },
      { outcome: "passed", offerExtended: "yes" },
      { outcome: "passed", salary: 1 },
    ]) {
      const response = await post(`/api/interviews/${interview.id}/outcome`, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
    }
    expect(
      (await post("/api/interviews/0f0f0f0f-0000-4000-8000-000000000002/outcome", { outcome: "passed" })).status,
    ).toBe(404);
    expect(await written()).toEqual(rows);

    const second = await post(`/api/applications/${id}/response`, {
      outcome: "interview",
      interview: { type: "technical", scheduledAt: new Date(Date.now() + 5 * 86_400_000).toISOString() },
    });
    expect(ResponseResult.parse(await second.json()).interview?.round).toBe(2);
    const passed = await post(`/api/interviews/${interview.id}/outcome`, {
      outcome: "passed",
      feedback: "strong on ranking",
      offerExtended: true,
    });
    expect(passed.status).toBe(201);
    const d = await detail();
    expect(d.outcome?.outcome).toBe("offer");
    expect(d.timeline.at(-1)).toMatchObject({ oldStatus: "interview", newStatus: "offer", kind: "outcome" });
    expect(d.interviews[0]?.outcomes).toEqual([
      expect.objectContaining({ outcome: "passed", feedback: "strong on ranking", offerExtended: true }),
    ]);
    const history = HistoryPage.parse(await (await s.call("/api/applications/history?outcome=offer")).json());
    expect(history.rows.map((r) => r.id)).toEqual([id]);
  });
});
