import { ApplicationRecord, FillPlanResponse, type FormDescription, HuntResult } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postingCases } from "./postings-fixture.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";
import { createTestApp, type TestApp } from "./support.ts";

/** A well-behaved model: answers only from the person's facts it was given. */
const LETTER =
  "I would be glad to bring my experience building NLP ranking models in PyTorch and running the MLOps platform on Kubernetes to your search ranking team. " +
  "In my current role I lead a team building ranking models, and before that I built demand forecasting pipelines with Spark and Airflow. " +
  "I enjoy taking models from offline experiments to production and measuring what they change for users.";

function greenhouseLikeForm(pageUrl: string): FormDescription {
  const f = (ref: string, label: string, extra: Partial<FormDescription["fields"][number]> = {}) => ({
    ref,
    label,
    type: "text" as const,
    required: true,
    step: 0,
    ...extra,
  });
  return {
    pageUrl,
    language: "en",
    step: 0,
    fields: [
      f("q1", "First Name", { name: "first_name", autocomplete: "given-name" }),
      f("q2", "Last Name", { name: "last_name", autocomplete: "family-name" }),
      f("q3", "Email", { name: "email", type: "email" }),
      f("q4", "Phone", { name: "phone", type: "tel" }),
      f("q5", "Resume/CV", { name: "resume", type: "file" }),
      f("q6", "LinkedIn Profile", { name: "question_1", required: false, type: "url" }),
      f("q7", "Cover Letter", { name: "cover_letter_text", type: "textarea" }),
      f("q8", "Why do you want to work at our company?", { name: "question_2", type: "textarea" }),
      f("q9", "What are your salary expectations (CHF, per year)?", { name: "question_3" }),
      f("q10", "How many years of professional experience do you have with Rust?", {
        name: "question_4",
        type: "select",
        options: [
          { value: "1", label: "1-2" },
          { value: "2", label: "3-4" },
          { value: "3", label: "5+" },
        ],
      }),
    ],
  };
}

describe("a job end to end with the stand-in LLM", () => {
  let api: OpenAiStandIn;
  let s: TestApp;
  let applicationId = "";
  let plan: FillPlanResponse;

  beforeAll(async () => {
    api = await startOpenAiStandIn({
      apiKey: "test-key",
      chat: () => ({ json: { text: LETTER }, usage: { prompt_tokens: 900, completion_tokens: 120 } }),
    });
    s = await createTestApp({
      env: { GROK_API_KEY: "test-key", GROK_BASE_URL: api.url, OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: api.url },
    });
    expect(
      (await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } })).status,
    ).toBe(201);
    const posting = postingCases().find((c) => c.name === "greenhouse");
    // A top-tier company raises a strong match from low to medium effort: a tailored letter, a real budget.
    await s.call("/api/settings", {
      method: "PUT",
      json: { companyTiers: { top: [String(posting?.expected.company)], avoid: [] } },
    });
    const hunted = HuntResult.parse(
      await (await s.call("/api/jobs", { method: "POST", json: { url: posting?.url, html: posting?.html } })).json(),
    );
    expect(hunted.breakdown.semanticSource).toBe("api");
    expect(hunted.effort.level).toBe("medium");
    applicationId = hunted.application.id;
    const response = await s.call("/api/fill-plan", {
      method: "POST",
      json: { applicationId, form: greenhouseLikeForm(posting?.url ?? "") },
    });
    expect(response.status).toBe(200);
    plan = FillPlanResponse.parse(await response.json());
  });
  afterAll(async () => {
    await s?.dispose();
    await api?.close();
  });

  it("fills deterministic fields from the profile and free text from the LLM only", () => {
    const byRef = new Map(plan.plan.fields.map((p) => [p.ref, p]));
    expect(byRef.get("q1")).toMatchObject({ value: "Ada", source: "profile" });
    expect(byRef.get("q2")).toMatchObject({ value: "Lovelace", source: "profile" });
    expect(byRef.get("q3")).toMatchObject({ value: "ada.lovelace@example.com", source: "profile" });
    expect(byRef.get("q4")?.source).toBe("profile");
    expect(byRef.get("q5")?.resumeVersionId).toBeDefined();
    expect(byRef.get("q6")).toMatchObject({
      value: "https://www.linkedin.com/in/ada-lovelace-example",
      source: "profile",
    });
    expect(byRef.get("q9")?.value).toMatch(/150[ ',.]?000/);
    expect(byRef.get("q9")?.source).toBe("profile");
    for (const ref of ["q7", "q8"]) expect(byRef.get(ref)?.source).toBe("llm");
    for (const p of plan.plan.fields) if (p.source === "llm") expect(["q7", "q8"]).toContain(p.ref);
  });

  it("flags the question the profile cannot answer, and the application waits for the person", async () => {
    expect(plan.plan.flags.map((f) => f.ref)).toEqual(["q10"]);
    expect(plan.needsPerson).toBe(true);
    const record = ApplicationRecord.parse(await (await s.call(`/api/applications/${applicationId}`)).json());
    expect(record).toMatchObject({ status: "paused", failureCode: "needs_person" });
  });

  it("records every §1.4 field the posting states, and token totals equal to the model_usage rows", async () => {
    const record = ApplicationRecord.parse(await (await s.call(`/api/applications/${applicationId}`)).json());
    const posting = postingCases().find((c) => c.name === "greenhouse")?.expected ?? {};
    expect(record).toMatchObject({
      jobTitle: posting.title,
      company: posting.company,
      city: posting.city,
      country: posting.country,
      postingSource: "Greenhouse",
      baseUrl: "https://job-boards.greenhouse.io",
      effortLevel: "medium",
      cvUsed: "master_ai_ml v1",
      coverLetter: LETTER,
    });
    expect(record.jobDescription).toContain((posting.description_contains as string[])[0]);
    expect(record.matchScore).toBeGreaterThan(0.5);
    expect(record.questionsAnswers.length).toBe(10);
    expect(record.toolsUsed["llm:cover_letter"]).toBeGreaterThanOrEqual(1);
    const { rows } = await s.t.database.db.execute<{ tin: number; tout: number; app_in: number; app_out: number }>(sql`
      select (select coalesce(sum(tokens_input), 0)::int from model_usage where application_id = ${applicationId}) as tin,
             (select coalesce(sum(tokens_output), 0)::int from model_usage where application_id = ${applicationId}) as tout,
             tokens_input_total::int as app_in, tokens_output_total::int as app_out
        from applications where id = ${applicationId}`);
    const totals = rows[0];
    expect(totals?.tin).toBeGreaterThan(0);
    expect(totals).toEqual({
      tin: totals?.app_in,
      tout: totals?.app_out,
      app_in: record.tokensInput,
      app_out: record.tokensOutput,
    });
  });
});

describe("a low-effort job", () => {
  it("gets no LLM letter when the budget cannot cover one: the offline writer answers, and the refusal is recorded", async () => {
    const api = await startOpenAiStandIn({ apiKey: "test-key", chat: () => ({ json: { text: LETTER } }) });
    const s = await createTestApp({
      env: { GROK_API_KEY: "test-key", GROK_BASE_URL: api.url, OPENAI_API_KEY: "test-key", OPENAI_BASE_URL: api.url },
    });
    try {
      await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
      // A person who keeps low effort really minimal: too little for one written answer.
      const tight = { tokenBudgets: { low: 1_500, medium: 12_000, high: 30_000 } };
      expect((await s.call("/api/settings", { method: "PUT", json: tight })).status).toBe(200);
      const posting = postingCases().find((c) => c.name === "greenhouse");
      const hunted = HuntResult.parse(
        await (await s.call("/api/jobs", { method: "POST", json: { url: posting?.url, html: posting?.html } })).json(),
      );
      expect(hunted.effort.level).toBe("low");
      const plan = FillPlanResponse.parse(
        await (
          await s.call("/api/fill-plan", {
            method: "POST",
            json: { applicationId: hunted.application.id, form: greenhouseLikeForm(posting?.url ?? "") },
          })
        ).json(),
      );
      expect(plan.plan.fields.find((f) => f.ref === "q7")?.source).toBe("template");
      expect(api.chatRequests()).toHaveLength(0);
      const { rows } = await s.t.database.db.execute<{ n: number }>(
        sql`select count(*)::int as n from model_usage where application_id = ${hunted.application.id} and status = 'failed' and error_message ilike '%budget%'`,
      );
      expect(rows[0]?.n).toBeGreaterThan(0);
    } finally {
      await s.dispose();
      await api.close();
    }
  });
});
