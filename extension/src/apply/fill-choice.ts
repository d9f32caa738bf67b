import type { PlannedField } from "@nyx/shared";
import { click, setChecked, waitFor } from "./dom-actions.ts";
import type { FieldHandle } from "./field-handle.ts";
import { matchScore } from "./match-text.ts";
import { optionText } from "./popup-options.ts";

/**
 * Radio groups, Yes/No buttons, checkboxes and checkbox groups: the planned option is found by
 * its value, else by the words of its label, and clicked; the result is read back.
 */

/** The text of the option the plan chose (the plan names an option by value; labels are what people see). */
export function wantedLabel(handle: FieldHandle, value: string): string {
  return handle.field.options?.find((o) => o.value === value)?.label ?? value;
}

function memberFor(handle: FieldHandle, value: string): Element | undefined {
  const byValue = handle.members.find((m) => m instanceof HTMLInputElement && m.value === value);
  if (byValue) return byValue;
  const label = wantedLabel(handle, value);
  const options = handle.field.options ?? [];
  const index = options.findIndex((o) => o.value === value);
  if (index >= 0 && options.length === handle.members.length) return handle.members[index];
  let best: Element | undefined;
  let bestScore = 0.6;
  for (const member of handle.members) {
    const score = matchScore(label, labelOfMember(member));
    if (score > bestScore) {
      best = member;
      bestScore = score;
    }
  }
  return best;
}

function labelOfMember(member: Element): string {
  if (member instanceof HTMLInputElement) {
    const labels = member.labels ? Array.from(member.labels) : [];
    const text = labels
      .map((l) => l.textContent ?? "")
      .join(" ")
      .trim();
    return text || member.getAttribute("aria-label") || member.value;
  }
  return optionText(member);
}

export function isOn(member: Element): boolean {
  if (member instanceof HTMLInputElement) return member.checked;
  return (
    member.getAttribute("aria-checked") === "true" ||
    member.getAttribute("aria-pressed") === "true" ||
    member.getAttribute("aria-selected") === "true" ||
    /(^|[-_\s])(active|selected|checked|pressed|is-active|is-selected)([-_\s]|$)/i.test(
      member.getAttribute("class") ?? "",
    )
  );
}

function toggle(member: Element, on: boolean): void {
  if (member instanceof HTMLInputElement) setChecked(member, on);
  else if (isOn(member) !== on) click(member);
}

/** One choice of a group (radio, custom radio, Yes/No buttons). */
export async function chooseOne(handle: FieldHandle, planned: PlannedField): Promise<string | undefined> {
  const value = planned.value ?? "";
  const member = memberFor(handle, value);
  if (!member) throw new Error(`no choice "${wantedLabel(handle, value)}"`);
  toggle(member, true);
  await waitFor(() => isOn(member) || mirrorSays(handle), 1000);
  return isOn(member) || mirrorSays(handle) ? labelOfMember(member) : undefined;
}

function mirrorSays(handle: FieldHandle): boolean {
  const mirror = handle.widget?.querySelector("input[name]");
  return mirror instanceof HTMLInputElement && (mirror.type === "checkbox" ? true : mirror.value !== "");
}

/** A single checkbox: ticked or left as the plan says. */
export async function tick(handle: FieldHandle, planned: PlannedField): Promise<string> {
  const [member] = handle.members;
  if (!member) throw new Error("the checkbox is gone");
  const on = planned.checked ?? ["true", "1", "yes", "on"].includes((planned.value ?? "").toLowerCase());
  toggle(member, on);
  await waitFor(() => isOn(member) === on, 1000);
  return String(isOn(member));
}

/** A group of checkboxes: exactly the planned values ticked. */
export async function tickMany(handle: FieldHandle, planned: PlannedField): Promise<string> {
  const values = planned.values ?? (planned.value ? [planned.value] : []);
  const wanted = new Set(values.map((v) => memberFor(handle, v)).filter((m): m is Element => m !== undefined));
  for (const member of handle.members) toggle(member, wanted.has(member));
  return handle.members.filter(isOn).map(labelOfMember).join("; ");
}
