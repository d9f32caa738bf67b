import { FillPlanResponse, type FormDescription } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseOf, judgeStep } from "./fill-plan-judge.ts";
import { formStepsOf, interruptionStepOf } from "./form-description.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";
import { createTestApp, type TestApp } from "./support.ts";

const ANSWER =
  "I would bring nine years of building machine learning systems that ship: NLP ranking models in PyTorch, forecasting pipelines on Spark and Airflow, and the MLOps platform on Kubernetes that keeps them running in production.";

const CASES = [
  "ashby",
  "generic-german",
  "generic-plain",
  "greenhouse-classic",
  "greenhouse-react",
  "lever",
  "linkedin-easy-apply",
  "smartrecruiters",
  "sms-code",
  "unanswerable",
  "with-captcha",
  "workday",
];
/** Interruptions the extension reports itself (not questions of the form). */
const INTERRUPTIONS = new Set(["captcha", "verification_code"]);

/**
 * The fill plan for every fixture form, every step as the extension's lister describes it on
 * arriving there, judged on what the employer would receive (case.json); offline (the offline
 * writer) and online (the LLM stand-in). Values the extension settles itself (a suggestion picked
 * from a search-as-you-type list) are checked where the plan can decide them.
 */
describe("fill plans for the fixture forms", () => {
  let api: OpenAiStandIn;
  let online: TestApp;
  let offline: TestApp;

  beforeAll(async () => {
    api = await startOpenAiStandIn({ apiKey: "k", chat: () => ({ json: { text: ANSWER } }) });
    online = await createTestApp({
      env: { GROK_API_KEY: "k", GROK_BASE_URL: api.url, OPENAI_API_KEY: "k", OPENAI_BASE_URL: api.url },
    });
    offline = await createTestApp();
    for (const s of [online, offline]) {
      await s.call("/api/profiles", { method: "POST", json: { yaml: ADA_YAML, files: adaFiles() } });
      const { profiles } = (await (await s.call("/api/profiles")).json()) as {
        profiles: { resumes: { key: string }[] }[];
      };
      expect(profiles[0]?.resumes).toHaveLength(3);
    }
  });
  afterAll(async () => {
    await online?.dispose();
    await offline?.dispose();
    await api?.close();
  });

  async function plan(s: TestApp, form: FormDescription) {
    const response = await s.call("/api/fill-plan", { method: "POST", json: { form } });
    expect(response.status).toBe(200);
    return FillPlanResponse.parse(await response.json());
  }

  describe.each(["offline", "online"] as const)("%s", (mode) => {
    it.each(CASES)("%s: every step planned as case.json expects", async (name) => {
      const kase = caseOf(name);
      const judged = new Set<string>();
      const flagged: string[] = [];
      for (const form of formStepsOf(name)) {
        const result = await plan(mode === "online" ? online : offline, form);
        for (const key of judgeStep(name, form, result)) judged.add(key);
        for (const f of result.plan.flags) {
          const field = form.fields.find((x) => x.ref === f.ref);
          flagged.push(field?.name ?? field?.id ?? field?.label ?? f.ref);
        }
        if (mode === "online")
          for (const p of result.plan.fields.filter((x) => x.source === "llm"))
            expect(["textarea", "contenteditable"]).toContain(form.fields.find((f) => f.ref === p.ref)?.type);
      }
      const unseen = Object.entries(kase.expect)
        .filter(([k, want]) => !judged.has(k) && (typeof want === "string" || want.absentOr === undefined))
        .map(([k]) => k);
      expect.soft(unseen, `expected fields the lister did not find: ${unseen.join(", ")}`).toEqual([]);
      const questions = (kase.flag ?? []).filter((f) => !INTERRUPTIONS.has(f));
      expect(flagged.sort(), `flagged: ${flagged.join(", ")}`).toEqual([...questions].sort());
    });
  });

  it("sms-code: the verification code is flagged for the person, never invented", async () => {
    const form = interruptionStepOf("sms-code");
    const code = form?.fields.find((f) => f.autocomplete === "one-time-code");
    expect(code).toBeDefined();
    const result = await plan(offline, form as FormDescription);
    expect(result.plan.flags.find((f) => f.ref === code?.ref)?.reason).toBe("verification_code");
    expect(result.plan.fields.find((p) => p.ref === code?.ref)).toBeUndefined();
    expect(result.needsPerson).toBe(true);
  });
});
