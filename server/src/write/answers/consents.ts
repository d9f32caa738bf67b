import type { FormField } from "@nyx/shared";
import { OPTIONAL_CONSENTS } from "../facts.ts";
import { answerYesNo } from "../fill-value.ts";
import { isTicked } from "../normalise.ts";
import { isOptionalMarked } from "../option-meaning.ts";
import type { AnswerEnv, Outcome } from "../plan-types.ts";
import type { Handler, Handlers } from "./handler.ts";

/**
 * Consents: the one the form requires for processing this application is given; optional ones
 * (marketing, newsletter, talent pool, follow, SMS) never are, and a pre-ticked one is unticked.
 */

function refuse(field: FormField, env: AnswerEnv): Outcome {
  if (field.type === "checkbox" && isTicked(field.currentValue))
    return { kind: "fill", checked: false, source: "default", confidence: 0.95 };
  if (field.required && ["radio", "select", "combobox"].includes(field.type)) {
    const no = answerYesNo(field, false, env.language);
    return no.kind === "fill" ? { ...no, source: "default" } : { kind: "flag", reason: "required_optional_consent" };
  }
  if (field.required) return { kind: "flag", reason: "required_optional_consent" };
  return { kind: "skip", reason: "optional_consent" };
}

const dataProcessing: Handler = (field, _rec, env) => {
  const words = [field.label, field.hint ?? "", ...(field.options ?? []).map((o) => o.label)].join(" ");
  if (isOptionalMarked(words) && !field.required) return refuse(field, env);
  const given = answerYesNo(field, true, env.language, field.required ? 0.95 : 0.7);
  return given.kind === "fill" ? { ...given, source: "default" } : given;
};

const optional: Handler = (field, _rec, env) => refuse(field, env);

export const consentHandlers: Handlers = {
  data_processing_consent: dataProcessing,
  ...Object.fromEntries([...OPTIONAL_CONSENTS].map((fact) => [fact, optional])),
};
