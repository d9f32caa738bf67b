import { readFileSync } from "node:fs";
import { FillPlanResponse, type FormDescription } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formDescriptionOf } from "./form-description.ts";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { type OpenAiStandIn, startOpenAiStandIn } from "./stand-ins/openai-stand-in.ts";
import { createTestApp, FIXTURES, type TestApp } from "./support.ts";

type Expectation =
  | string
  | {
      oneOf?: string[];
      file?: string;
      absentOr?: string;
      nonempty?: boolean;
      minLength?: number;
      notContains?: string[];
    };
interface Case {
  expect: Record<string, Expectation>;
  forbid?: string[];
  flag?: string[];
}

const ANSWER =
  "I would bring nine years of building machine learning systems that ship: NLP ranking models in PyTorch, forecasting pipelines on Spark and Airflow, and the MLOps platform on Kubernetes that keeps them running in production.";

function caseOf(name: string): Case {
  return JSON.parse(readFileSync(new URL(`forms/${name}/case.json`, FIXTURES), "utf8")) as Case;
}

/**
 * The fill plan for real fixture forms, as the extension's lister describes them, judged on what
 * the employer would receive (case.json). Values the extension settles itself (a suggestion picked
 * from a search-as-you-type list) are checked where the plan can decide them.
 */
describe("fill plans for the fixture forms", () => {
  let api: OpenAiStandIn;
  let online: TestApp;
  let offline: TestApp;
  const resumeFile = new Map<string, string>();

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
    // The imported CVs of both servers: version id → the profile's file name (by key).
    const fileOfKey = Object.fromEntries(
      [...ADA_YAML.matchAll(/key: (\w+), file: ([\w.-]+)/g)].map((m) => [m[1], m[2]]),
    );
    for (const s of [online, offline]) {
      const { rows } = await s.t.database.db.execute<{ id: string; key: string }>(
        sql`select v.id, r.resume_key as key from resume_versions v join resumes r on r.id = v.resume_id`,
      );
      for (const row of rows) resumeFile.set(row.id, fileOfKey[row.key] ?? "");
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

  function judge(name: string, form: FormDescription, result: FillPlanResponse) {
    const kase = caseOf(name);
    const planned = (fieldName: string) => {
      const field = form.fields.find((f) => f.name === fieldName);
      return { field, p: result.plan.fields.find((x) => x.ref === field?.ref) };
    };
    for (const [key, want] of Object.entries(kase.expect)) {
      const { field, p } = planned(key);
      const got = p?.value ?? (p?.checked === true ? "1" : undefined);
      const where = `${name} ${key}`;
      if (typeof want === "string") {
        if (field?.type === "combobox") continue; // picked from the site's suggestions by the extension
        expect(got?.toLowerCase(), where).toBe(want.toLowerCase());
      } else if (want.file) {
        expect(resumeFile.get(p?.resumeVersionId ?? ""), where).toBe(want.file);
      } else if (want.oneOf) {
        expect(
          want.oneOf.map((o) => o.toLowerCase()),
          where,
        ).toContain(got?.toLowerCase());
      } else if (want.absentOr !== undefined) {
        if (got !== undefined && field?.type !== "combobox")
          expect(got.toLowerCase(), where).toBe(want.absentOr.toLowerCase());
      } else if (want.nonempty) {
        expect(got?.length ?? 0, where).toBeGreaterThanOrEqual(want.minLength ?? 1);
        for (const bad of want.notContains ?? []) expect(got ?? "", where).not.toContain(bad);
      }
    }
    for (const name of kase.forbid ?? []) {
      const { p } = planned(name);
      expect(p?.value === undefined && p?.checked !== true, `${name} must not be sent`).toBe(true);
    }
  }

  it("greenhouse-classic: every deterministic field from the profile, LLM text only in free text", async () => {
    const form = formDescriptionOf("greenhouse-classic");
    const result = await plan(online, form);
    judge("greenhouse-classic", form, result);
    const llm = result.plan.fields.filter((p) => p.source === "llm");
    expect(llm.length).toBeGreaterThan(0);
    for (const p of llm)
      expect(["textarea", "contenteditable"]).toContain(form.fields.find((f) => f.ref === p.ref)?.type);
    for (const p of result.plan.fields) {
      const type = form.fields.find((f) => f.ref === p.ref)?.type;
      if (type !== "textarea") expect(["profile", "default"], `${p.fact}`).toContain(p.source);
    }
    expect(result.plan.flags).toEqual([]);
  });

  it("unanswerable: both questions the profile cannot answer truthfully are flagged, the rest planned", async () => {
    const form = formDescriptionOf("unanswerable");
    const result = await plan(offline, form);
    judge("unanswerable", form, result);
    const flagged = result.plan.flags.map((f) => form.fields.find((x) => x.ref === f.ref)?.name);
    expect(flagged.sort()).toEqual([...(caseOf("unanswerable").flag ?? [])].sort());
    expect(result.needsPerson).toBe(true);
  });

  it.each(["generic-plain", "generic-german"])("%s: every expected field right without an API key", async (name) => {
    const form = formDescriptionOf(name);
    const result = await plan(offline, form);
    judge(name, form, result);
    expect(result.plan.flags).toEqual([]);
  });
});
