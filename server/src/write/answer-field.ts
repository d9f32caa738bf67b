import type { FormField } from "@nyx/shared";
import { authorizationHandlers } from "./answers/authorization.ts";
import { availabilityHandlers } from "./answers/availability.ts";
import { consentHandlers } from "./answers/consents.ts";
import { contactHandlers } from "./answers/contact.ts";
import { educationHandlers } from "./answers/education.ts";
import { fileHandlers } from "./answers/files.ts";
import type { Handlers } from "./answers/handler.ts";
import { languageHandlers } from "./answers/languages.ts";
import { readyAnswerHandlers } from "./answers/ready-answers.ts";
import { salaryHandlers } from "./answers/salary.ts";
import { workHandlers } from "./answers/work.ts";
import type { Recognition } from "./facts.ts";
import type { AnswerEnv, Outcome } from "./plan-types.ts";

const HANDLERS: Handlers = {
  ...contactHandlers,
  ...workHandlers,
  ...salaryHandlers,
  ...availabilityHandlers,
  ...authorizationHandlers,
  ...languageHandlers,
  ...educationHandlers,
  ...readyAnswerHandlers,
  ...consentHandlers,
  ...fileHandlers,
};

/** What to do with one recognised field: a profile fact, text for the writer, a flag or a skip. */
export function answerField(field: FormField, rec: Recognition, env: AnswerEnv): Outcome {
  switch (rec.fact) {
    case "honeypot":
      return { kind: "skip", reason: "honeypot" };
    case "verification_code":
      return { kind: "flag", reason: "verification_code" };
    case "captcha":
      return { kind: "flag", reason: "captcha" };
    case "free_text":
      return { kind: "write", textKind: rec.textKind ?? "other" };
    case "cover_letter":
      return field.type === "file"
        ? { kind: "missing", reason: "cover_letter_file" }
        : { kind: "write", textKind: "cover_letter" };
    case "unknown":
      return { kind: "missing", reason: "unknown_question" };
    default: {
      const handler = HANDLERS[rec.fact];
      return handler ? handler(field, rec, env) : { kind: "missing", reason: "unknown_question" };
    }
  }
}
