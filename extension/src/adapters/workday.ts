import type { FieldReport, PlannedField } from "@nyx/shared";
import type { FieldHandle } from "../apply/field-handle.ts";
import { matchScore } from "../apply/match-text.ts";
import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";
import { choosePrompt, promptOf } from "./workday-prompt.ts";
import { addFirstEntries, dropUnusedEntries } from "./workday-sections.ts";
import { workdayAdvance, workdayConfirmation } from "./workday-steps.ts";
import { uploadOnce } from "./workday-upload.ts";

/** A prompt (multiselect search box): every planned choice picked, verified by the pills shown. */
async function fillPrompt(handle: FieldHandle, planned: PlannedField): Promise<FieldReport | undefined> {
  const [control] = handle.members;
  const box = control ? promptOf(control) : undefined;
  if (!box || !(control instanceof HTMLInputElement)) return undefined;
  const wanted = planned.values ?? (planned.value ? [planned.value] : []);
  let shown: string[] = [];
  for (const value of wanted) shown = await choosePrompt(box, control, value);
  const missing = wanted.filter((value) => !shown.some((text) => matchScore(value, text) >= 0.9));
  return {
    ref: handle.field.ref,
    label: handle.field.label.slice(0, 500),
    ...(handle.field.name ? { name: handle.field.name.slice(0, 500) } : {}),
    action: "select_option",
    shown: shown.join("; ").slice(0, 20_000),
    ok: missing.length === 0,
    ...(missing.length > 0 ? { error: `no choice "${missing.join('", "')}" in the prompt` } : {}),
  };
}

/** Workday: several steps, listbox buttons, prompts, spinbutton dates, repeated sections. */
export const workday: SiteAdapter = {
  ...generic,
  platform: "workday",
  detect: (url) => /\.myworkdayjobs\.com$|\.myworkday\.com$/.test(url.hostname),
  prepare: (root) => addFirstEntries(root),
  settle: (root) => dropUnusedEntries(root),
  advance: (root) => workdayAdvance(root),
  confirmation: (document) => workdayConfirmation(document),
  fill: async (handle, planned, context) =>
    (await uploadOnce(handle, planned, context)) ?? (await fillPrompt(handle, planned)),
};
