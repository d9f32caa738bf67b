import { blankPosting, type ExtractedPosting, type FormField } from "@nyx/shared";
import type { FreeTextRequest, FreeTextWriter } from "../src/write/free-text.ts";
import { createOfflineWriter } from "../src/write/offline-writer/index.ts";
import type { ResumeChoice } from "../src/write/plan-types.ts";

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
