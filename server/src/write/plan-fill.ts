import type { FillPlan, FormDescription, FormField, PlannedField } from "@nyx/shared";
import { answerField } from "./answer-field.ts";
import type { Recognition } from "./facts.ts";
import { hasChoices } from "./fill-value.ts";
import { formLanguage } from "./form-language.ts";
import type { FreeTextRequest } from "./free-text.ts";
import { guardFreeText } from "./free-text-guard.ts";
import { onlyAmongOptions } from "./only-options.ts";
import type { AnswerEnv, Outcome, PlanContext } from "./plan-types.ts";
import { recogniseField } from "./recognise-field.ts";

const TYPED: ReadonlySet<string> = new Set(["text", "textarea", "email", "tel", "url", "number", "contenteditable"]);

/**
 * The fill plan for a form (PRODUCT.md §4.6): deterministic fields from the profile only, free text
 * from the writer in the form's language, choices only among the field's options, required
 * data-processing consent given and optional consents never, and every question the profile cannot
 * answer truthfully flagged for the person instead of invented.
 */
export async function planFill(form: FormDescription, ctx: PlanContext): Promise<FillPlan> {
  const recognised = form.fields.map((field) => ({ field, rec: recogniseField(field) }));
  const env: AnswerEnv = {
    profile: ctx.profile,
    posting: ctx.posting,
    resumes: ctx.resumes,
    language: formLanguage(
      form,
      ctx,
      recognised.map((r) => r.rec),
    ),
    separatePhoneCountryCode: recognised.some((r) => r.rec.fact === "phone_country_code"),
    uploadsResume: recognised.some((r) => r.rec.fact === "resume" && r.field.type === "file"),
    ...countryOfQuestions(recognised.map((r) => r.rec)),
  };
  const plan: FillPlan = { fields: [], skipped: [], flags: [] };
  // One field after the other: the writer may be an LLM with a token budget.
  for (const { field, rec } of recognised) {
    let outcome = answerField(field, rec, env);
    if (outcome.kind === "write") outcome = await write(field, outcome.textKind, ctx, env);
    record(plan, field, rec, onlyAmongOptions(field, outcome));
  }
  return plan;
}

const AUTHORISATION: ReadonlySet<string> = new Set(["work_authorization", "needs_sponsorship"]);

/** The one country the form's work-authorisation questions name, if they name exactly one. */
function countryOfQuestions(recs: readonly Recognition[]): { formCountry?: string } {
  const named = new Set(recs.filter((r) => AUTHORISATION.has(r.fact) && r.country).map((r) => r.country));
  const [only] = named;
  return named.size === 1 && only ? { formCountry: only } : {};
}

async function write(
  field: FormField,
  kind: FreeTextRequest["kind"],
  ctx: PlanContext,
  env: AnswerEnv,
): Promise<Outcome> {
  if (hasChoices(field) || field.type === "checkbox") return { kind: "missing", reason: "unknown_question" };
  if (!field.required && (kind === "additional_info" || kind === "other"))
    return { kind: "skip", reason: "optional_free_text" };
  if (!field.required && ctx.effort === "low") return { kind: "skip", reason: "low_effort" };
  const singleLine = field.type !== "textarea" && field.type !== "contenteditable";
  const request: FreeTextRequest = {
    kind,
    question: [field.label, field.hint].filter((t) => t !== undefined && t.trim() !== "").join("\n"),
    language: env.language,
    singleLine,
    required: field.required,
    profile: ctx.profile,
    posting: ctx.posting,
    ...(field.maxLength !== undefined ? { maxLength: field.maxLength } : {}),
  };
  let result: Awaited<ReturnType<PlanContext["writer"]["write"]>>;
  try {
    result = await ctx.writer.write(request);
  } catch {
    return { kind: "missing", reason: "writer_failed" };
  }
  const text = guardFreeText(result.text, ctx.profile, { maxLength: field.maxLength, singleLine });
  if (text === undefined) return { kind: "missing", reason: "free_text_rejected" };
  return { kind: "fill", value: text, source: result.source, confidence: result.source === "llm" ? 0.8 : 0.7 };
}

function record(plan: FillPlan, field: FormField, rec: Recognition, outcome: Outcome): void {
  switch (outcome.kind) {
    case "fill": {
      const { kind: _kind, confidence, ...value } = outcome;
      const planned: PlannedField = {
        ref: field.ref,
        ...value,
        confidence: round(Math.min(confidence, Math.max(rec.confidence, 0.5))),
        fact: rec.fact,
      };
      plan.fields.push(planned);
      return;
    }
    case "flag":
      plan.flags.push({ ref: field.ref, label: field.label, reason: outcome.reason });
      return;
    case "missing":
      if (field.required) plan.flags.push({ ref: field.ref, label: field.label, reason: outcome.reason });
      else leaveEmpty(plan, field, rec, outcome.reason);
      return;
    case "skip":
      if (rec.fact === "honeypot") plan.skipped.push({ ref: field.ref, reason: outcome.reason });
      else leaveEmpty(plan, field, rec, outcome.reason);
      return;
    case "write":
      plan.flags.push({ ref: field.ref, label: field.label, reason: "unwritten" });
      return;
  }
}

/** Skips the field; a value the site typed in that the profile does not back is cleared, not trusted. */
function leaveEmpty(plan: FillPlan, field: FormField, rec: Recognition, reason: string): void {
  const prefilled = field.currentValue !== undefined && field.currentValue.trim() !== "";
  if (prefilled && TYPED.has(field.type)) {
    plan.fields.push({ ref: field.ref, value: "", source: "default", confidence: 0.6, fact: rec.fact });
    return;
  }
  plan.skipped.push({ ref: field.ref, reason });
}

const round = (n: number) => Math.round(n * 100) / 100;
