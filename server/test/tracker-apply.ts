import { FillPlanResponse, type FormDescription, type FormField, HuntResult } from "@nyx/shared";
import { expect } from "vitest";
import { postingCases } from "./postings-fixture.ts";
import type { TestApp } from "./support.ts";

/** A short application form the profile answers in full (nothing flagged), with two free-text questions. */
export function shortForm(pageUrl: string): FormDescription {
  const fields: [ref: string, label: string, type: FormField["type"], name: string, autocomplete?: string][] = [
    ["q1", "First Name", "text", "first_name", "given-name"],
    ["q2", "Last Name", "text", "last_name", "family-name"],
    ["q3", "Email", "email", "email"],
    ["q4", "Resume/CV", "file", "resume"],
    ["q5", "Cover Letter", "textarea", "cover_letter_text"],
    ["q6", "Why do you want to work at our company?", "textarea", "question_2"],
  ];
  return {
    pageUrl,
    language: "en",
    step: 0,
    fields: fields.map(([ref, label, type, name, autocomplete]) => ({
      ref,
      label,
      type,
      name,
      required: true,
      step: 0,
      ...(autocomplete ? { autocomplete } : {}),
    })),
  };
}

/**
 * An application the way the extension makes one: hunt the saved posting, hand it to a worker tab,
 * plan the form, report the step, record the intent to submit, then the submit.
 */
export async function applyThroughTheApi(s: TestApp, postingName: string) {
  const post = async (path: string, json: unknown, status: number) => {
    const response = await s.call(path, { method: "POST", json });
    expect(response.status, `${path}: ${await response.clone().text()}`).toBe(status);
    return response.json();
  };
  const posting = postingCases().find((c) => c.name === postingName);
  if (!posting) throw new Error(`no posting ${postingName}`);
  const hunted = HuntResult.parse(await post("/api/jobs", { url: posting.url, html: posting.html }, 201));
  const id = hunted.application.id;
  const target = (await post(`/api/applications/${id}/apply`, {}, 202)) as { attempt: number; url: string };
  const form = shortForm(target.url);
  const plan = FillPlanResponse.parse(await post("/api/fill-plan", { applicationId: id, form }, 200));
  expect(plan.needsPerson).toBe(false);
  const now = new Date().toISOString();
  await post(
    `/api/applications/${id}/steps`,
    {
      step: 0,
      pageUrl: form.pageUrl,
      fields: plan.plan.fields.map((p) => ({
        ref: p.ref,
        label: form.fields.find((f) => f.ref === p.ref)?.label ?? p.ref,
        action: p.ref === "q4" ? "upload_file" : "fill_field",
        shown: p.value ?? "",
        ok: true,
      })),
      startedAt: now,
      endedAt: now,
      action: "submit",
      ok: true,
    },
    201,
  );
  await post(
    `/api/applications/${id}/outcome`,
    { outcome: "submit_intent", pageUrl: form.pageUrl, attempt: target.attempt },
    201,
  );
  await post(
    `/api/applications/${id}/outcome`,
    { outcome: "submitted", confirmation: "page_text", text: "Thank you for applying" },
    201,
  );
  return { hunted, plan, form, id };
}
