import type {
  FieldReport,
  FillPlanResponse,
  FormDescription,
  FormField,
  Pacing,
  PauseRange,
  StepResult,
} from "@nyx/shared";
import { adapterFor } from "../adapters/index.ts";
import { sendMessage } from "../content-messaging.ts";
import { sleep } from "./dom-actions.ts";
import { handleOf } from "./field-handle.ts";
import { type FillContext, fillField } from "./fill-field.ts";
import { interruptionOf, visibleCaptcha } from "./interruptions.ts";
import { findAdvance, validationErrors } from "./navigation.ts";
import { fileFromBase64 } from "./upload.ts";
import { isEnteredCode } from "./verification-code.ts";

/** A person's pause: a random time within the person's stealth timing settings (none when they are zero). */
function pause(range: PauseRange | undefined): Promise<void> {
  if (!range || range.max <= 0) return Promise.resolve();
  return sleep(range.min + Math.random() * (range.max - range.min));
}

/** Uploads first: some sites parse the CV and fill (or overwrite) other fields from it. */
const ORDER = (field: FormField | undefined) => (field?.type === "file" ? 0 : 1);
const MAX_PASSES = 3;
const holdsEnteredCode = (root: Document | Element, field: FormField) =>
  handleOf(root, field)?.members.some(isEnteredCode) ?? false;
/** A field as the person reads it: a site that redraws its form hands out new elements for the same field. */
const sameField = (field: FormField) => `${field.type}\u0000${field.name ?? ""}\u0000${field.label}`;

async function planFor(applicationId: string, form: FormDescription): Promise<FillPlanResponse> {
  const answer = await sendMessage("applyPlan", { applicationId, form });
  if ("error" in answer) throw new Error(answer.error);
  return answer;
}

const fillContext: FillContext = {
  async resume(versionId) {
    const answer = await sendMessage("applyResume", { versionId });
    if ("error" in answer) throw new Error(answer.error);
    return fileFromBase64(answer.name, answer.type, answer.base64);
  },
};

/**
 * One step of an application in a worker tab: open the form, stop for what only the person can
 * do, list the fields, ask the server for the plan, fill and verify every planned field, and
 * look at the way forward. Fields a step reveals after answers (a follow-up question) are listed
 * and planned in a further pass. Nothing is submitted here; the background decides that.
 */
export async function runStep(applicationId: string, step: number): Promise<StepResult> {
  const startedAt = new Date().toISOString();
  const adapter = adapterFor(document);
  if (step === 0) await adapter.open?.(document);
  // Sites re-render their form as it is filled (a modal redrawn after an upload): look it up afresh.
  const rootNow = () => adapter.formRoot?.(document) ?? document;
  const root = rootNow();
  const stop = interruptionOf(document, root);
  if (stop) return { outcome: "interrupted", ...stop };
  await adapter.prepare?.(root, step);

  const reports = new Map<string, FieldReport>();
  let pacing: Pacing | undefined;
  const seen = new Set<string>();
  const known = new Set<string>();
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const form = adapter.listFields(rootNow(), { step, pageUrl: location.href });
    // A redrawn field is not planned again (an upload would add the CV twice); the person's code is not a question.
    const fresh = form.fields.filter(
      (field) => !seen.has(field.ref) && !known.has(sameField(field)) && !holdsEnteredCode(rootNow(), field),
    );
    if (fresh.length === 0) break;
    for (const field of fresh) seen.add(field.ref);
    for (const field of fresh) known.add(sameField(field));
    const { plan, needsPerson, pacing: plannedPacing } = await planFor(applicationId, { ...form, fields: fresh });
    pacing = plannedPacing;
    if (needsPerson)
      return { outcome: "needs_person", flags: plan.flags.map(({ label, reason }) => ({ label, reason })) };
    const byRef = new Map(fresh.map((field) => [field.ref, field]));
    const planned = [...plan.fields].sort((a, b) => ORDER(byRef.get(a.ref)) - ORDER(byRef.get(b.ref)));
    for (const item of planned) {
      const field = byRef.get(item.ref);
      if (!field) continue;
      const handle = handleOf(rootNow(), field);
      if (!handle) {
        // The page re-rendered its step (an answer changed it): the next pass lists and plans what is there now.
        known.delete(sameField(field));
        continue;
      }
      if (reports.size > 0) await pause(pacing?.fieldDelayMs);
      const report = (await adapter.fill?.(handle, item, fillContext)) ?? (await fillField(handle, item, fillContext));
      reports.set(field.ref, report);
    }
  }
  await adapter.settle?.(rootNow());
  await pause(pacing?.stepDelayMs);
  const advance = adapter.advance?.(rootNow()) ?? findAdvance(rootNow());
  const captcha = visibleCaptcha(document);
  return {
    outcome: "filled",
    pageUrl: location.href,
    fields: [...reports.values()],
    advance: advance?.kind ?? "none",
    ...(captcha ? { captcha } : {}),
    errors: validationErrors(rootNow()),
    startedAt,
    endedAt: new Date().toISOString(),
  };
}
