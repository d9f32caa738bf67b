import { createTestDatabase, type TestDatabase } from "@nyx/db/testing";
import type { FillPlan, FormDescription } from "@nyx/shared";
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "../src/env.ts";
import { extractPosting } from "../src/extract/index.ts";
import { fillPlanFor } from "../src/fill-plan/index.ts";
import { hunt } from "../src/hunt/pipeline.ts";
import { createLlm } from "../src/llm/index.ts";
import { importProfile } from "../src/profiles/import.ts";
import { reviewPlan } from "../src/qa/checks.ts";
import { recordQa } from "../src/qa/record-qa.ts";
import { ada } from "./ada.ts";
import { postingCases } from "./postings-fixture.ts";
import { adaFiles } from "./profile-fixture.ts";

const form: FormDescription = {
  pageUrl: "https://job-boards.greenhouse.io/x/jobs/1",
  step: 0,
  fields: [
    { ref: "a", label: "Email", type: "email", required: true, step: 0 },
    { ref: "b", label: "Years of experience", type: "number", required: true, step: 0 },
    { ref: "c", label: "Why us?", type: "textarea", required: true, step: 0 },
    { ref: "d", label: "Favourite colour", type: "text", required: true, step: 0 },
  ],
};

describe("QA review of a plan", () => {
  const posting = extractPosting({ url: postingCases()[0]?.url ?? "", html: postingCases()[0]?.html ?? "" });

  it("finds unanswered required fields, facts that differ from the profile, and invented free text", () => {
    const plan: FillPlan = {
      fields: [
        { ref: "a", value: "someone@else.example", source: "profile", confidence: 1, fact: "email" },
        { ref: "b", value: "12", source: "profile", confidence: 1, fact: "years_experience" },
        {
          ref: "c",
          value: "I have written Rust and Kotlin for 14 years, see https://x.example.",
          source: "llm",
          confidence: 0.8,
        },
      ],
      skipped: [],
      flags: [],
    };
    const findings = reviewPlan(form, plan, ada, posting);
    const types = findings.map((f) => `${f.type}:${f.issueType}`);
    expect(types).toContain("completeness_check:required_field_unanswered");
    expect(types).toContain("consistency_check:years_experience_incorrect");
    expect(types).toContain("consistency_check:email_mismatch");
    expect(types).toContain("hallucination_check:false_skill");
    expect(findings.find((f) => f.issueType === "years_experience_incorrect")?.suggestedFix).toBe("9");
  });

  it("passes a truthful plan", () => {
    const plan: FillPlan = {
      fields: [
        { ref: "a", value: ada.email, source: "profile", confidence: 1, fact: "email" },
        { ref: "b", value: "9", source: "profile", confidence: 1, fact: "years_experience" },
        {
          ref: "c",
          value: "I build NLP ranking models in PyTorch and run them on Kubernetes.",
          source: "llm",
          confidence: 0.8,
        },
      ],
      skipped: [],
      flags: [{ ref: "d", label: "Favourite colour", reason: "not in the profile" }],
    };
    expect(reviewPlan(form, plan, ada, posting)).toEqual([]);
  });
});

describe("a high-effort application", () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase("pglite");
  });
  afterAll(() => t.dispose());

  it("is reviewed before anything is typed, with the checks recorded", async () => {
    const files = new Map(Object.entries(adaFiles()).map(([k, v]) => [k, Buffer.from(v, "base64")]));
    await importProfile(t.database.db, t.dataDir, { profile: ada, files });
    const logger = pino({ level: "silent" });
    const llm = createLlm({ env: parseEnv({ NYX_DATA_DIR: t.dataDir }), db: t.database.db, logger });
    const c = postingCases().find((x) => x.name === "greenhouse");
    const hunted = await hunt(
      { db: t.database.db, llm, logger, dataDir: t.dataDir },
      { url: c?.url ?? "", html: c?.html ?? "" },
      { effort: "high" },
    );
    expect(hunted.effort).toMatchObject({ level: "high", source: "user" });
    const response = await fillPlanFor(
      { db: t.database.db, llm, logger, dataDir: t.dataDir },
      { applicationId: hunted.application.id, form: { ...form, pageUrl: c?.url ?? "" } },
    );
    expect(response.plan.flags.map((f) => f.ref)).toEqual(["d"]);
    const { rows } = await t.database.db.execute<{ qa_type: string; status: string }>(
      sql`select qa_type, status from qa_checks where application_id = ${hunted.application.id} order by qa_type`,
    );
    expect(rows).toEqual([
      { qa_type: "completeness_check", status: "passed" },
      { qa_type: "consistency_check", status: "passed" },
      { qa_type: "hallucination_check", status: "passed" },
    ]);

    // A finding with a truthful fix is applied and recorded as a correction; one without is flagged.
    const fixed = await recordQa(t.database.db, hunted.application.id, response.plan, [
      {
        type: "consistency_check",
        ref: "b",
        label: "Years of experience",
        issueType: "years_experience_incorrect",
        description: "differs",
        suggestedFix: "9",
      },
      { type: "hallucination_check", ref: "c", label: "Why us?", issueType: "false_skill", description: "names Rust" },
    ]);
    expect(fixed.fields.find((f) => f.ref === "b")?.value).toBe("9");
    expect(fixed.fields.find((f) => f.ref === "c")).toBeUndefined();
    expect(fixed.flags.map((f) => f.ref)).toContain("c");
    const corrections = await t.database.db.execute<{ field_name: string; corrected_by: string }>(
      sql`select field_name, corrected_by from data_corrections where table_name = 'application_questions' order by created_at`,
    );
    expect(corrections.rows).toEqual([
      { field_name: "corrected_value", corrected_by: "qa_agent" },
      { field_name: "corrected_by", corrected_by: "qa_agent" },
      { field_name: "validation_error_message", corrected_by: "qa_agent" },
    ]);
    const issues = await t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from qa_issues where application_id = ${hunted.application.id} and fix_applied`,
    );
    expect(issues.rows[0]?.n).toBe(1);
  });
});
