import type { FormField } from "@nyx/shared";
import type { AnswerEnv, Outcome, ResumeChoice } from "../plan-types.ts";
import { type Handlers, missing } from "./handler.ts";

/** The CV in the form's language when the profile has one (German form → German CV), else the default. */
export function chooseResume(resumes: readonly ResumeChoice[], language: string): ResumeChoice | undefined {
  const inLanguage = resumes.filter((r) => r.language === language);
  return inLanguage.find((r) => r.isDefault) ?? inLanguage[0] ?? resumes.find((r) => r.isDefault) ?? resumes[0];
}

function resume(field: FormField, env: AnswerEnv): Outcome {
  if (field.type !== "file")
    return env.uploadsResume ? { kind: "skip", reason: "resume_uploaded_instead" } : missing("resume_as_text");
  const chosen = chooseResume(env.resumes, env.language);
  if (!chosen) return missing("no_resume");
  const confidence = chosen.language === env.language ? 0.95 : 0.85;
  return { kind: "fill", resumeVersionId: chosen.resumeVersionId, source: "profile", confidence };
}

export const fileHandlers: Handlers = {
  resume: (f, _r, env) => resume(f, env),
  other_file: () => missing("no_such_document"),
};
