import { blankPosting, type ExtractedPosting, type FormField } from "@nyx/shared";
import { expect } from "vitest";
import type { Fact } from "../src/write/facts.ts";
import type { FreeTextRequest, FreeTextWriter } from "../src/write/free-text.ts";
import { createOfflineWriter } from "../src/write/offline-writer/index.ts";
import type { ResumeChoice } from "../src/write/plan-types.ts";
import { recogniseField } from "../src/write/recognise-field.ts";

/** What the write tests share: Ada's CVs, a posting, a recording writer, and field builders. */
export const RESUMES: ResumeChoice[] = [
  { key: "master_ai_ml", language: "en", resumeVersionId: "rv-en", isDefault: true },
  { key: "master_ai_ml_de", language: "de", resumeVersionId: "rv-de", isDefault: false },
  { key: "master_ai_ml_md", language: "en", resumeVersionId: "rv-md", isDefault: false },
];

export function posting(over: Partial<ExtractedPosting> = {}): ExtractedPosting {
  return blankPosting({
    title: "Senior Machine Learning Engineer",
    company: "Example Robotics",
    locationRaw: "Zurich, Switzerland",
    city: "Zurich",
    country: "Switzerland",
    remote: "hybrid",
    employmentType: "full_time",
    seniority: "senior",
    descriptionClean:
      "Train models in PyTorch, run them on Kubernetes with Airflow pipelines. Strong Python and MLOps.",
    language: "en",
    ...over,
  });
}

/** The offline writer, recording what it was asked. */
export function recordingWriter(): FreeTextWriter & { requests: FreeTextRequest[] } {
  const offline = createOfflineWriter();
  const requests: FreeTextRequest[] = [];
  return {
    requests,
    write: (r) => {
      requests.push(r);
      return offline.write(r);
    },
  };
}

let n = 0;
export function f(label: string, extra: Partial<FormField> = {}): FormField {
  n += 1;
  return { ref: extra.name ?? `r${n}`, type: "text", label, required: false, step: 0, ...extra };
}
export const opts = (...pairs: [string, string][]) => pairs.map(([value, label]) => ({ value, label }));
export const same = (...labels: string[]) => labels.map((label) => ({ value: label, label }));
export const yesNo = opts(["", "--"], ["0", "No"], ["1", "Yes"]);

export type FieldExtra = Partial<Omit<FormField, "ref" | "label">>;

/** A text field with this label (and more of the field). */
export function field(label: string, extra: FieldExtra = {}): FormField {
  return { ref: "r", type: "text", label, required: false, step: 0, ...extra };
}

/** Recognises a field with this label, expecting `fact`; the evidence shows on failure. */
export function expectFact(label: string, fact: Fact, extra: FieldExtra = {}) {
  const rec = recogniseField(field(label, extra));
  expect(rec.fact, `${label} → ${rec.evidence.join(", ")}`).toBe(fact);
  return rec;
}
