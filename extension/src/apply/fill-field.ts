import type { FieldReport, PlannedField } from "@nyx/shared";
import { blur, setEditableText, setValue, typeText, waitFor } from "./dom-actions.ts";
import type { FieldHandle } from "./field-handle.ts";
import { chooseOne, tick, tickMany, wantedLabel } from "./fill-choice.ts";
import { pickOption, queries } from "./fill-dropdown.ts";
import { matchScore, normalizeText } from "./match-text.ts";
import { visibleOptions } from "./popup-options.ts";
import { uploadFile } from "./upload.ts";

/** What the fill engine needs from outside: the CV bytes for an upload. */
export interface FillContext {
  resume(versionId: string): Promise<File>;
}

type Outcome = { action: FieldReport["action"]; shown: string | undefined; ok: boolean; error?: string };

/**
 * The shared fill engine: carries out one planned field on the page, whatever widget the site
 * built it from, and verifies it by reading back what the field shows.
 */
export async function fillField(
  handle: FieldHandle,
  planned: PlannedField,
  context: FillContext,
): Promise<FieldReport> {
  const { field } = handle;
  let outcome: Outcome;
  try {
    outcome = await carryOut(handle, planned, context);
  } catch (error) {
    outcome = {
      action: "fill_field",
      shown: undefined,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    };
  }
  return {
    ref: field.ref,
    label: field.label.slice(0, 500),
    ...(field.name ? { name: field.name.slice(0, 500) } : {}),
    action: outcome.action,
    ...(outcome.shown !== undefined ? { shown: outcome.shown.slice(0, 20_000) } : {}),
    ok: outcome.ok,
    ...(outcome.error ? { error: outcome.error.slice(0, 1000) } : {}),
  };
}

async function carryOut(handle: FieldHandle, planned: PlannedField, context: FillContext): Promise<Outcome> {
  const { field, kind, members, widget } = handle;
  const [control] = members;
  if (!control) throw new Error("the field is gone from the page");

  if (field.type === "file") {
    if (!planned.resumeVersionId) throw new Error("no CV chosen for the upload");
    const file = await context.resume(planned.resumeVersionId);
    const shown = uploadFile(control, file);
    return { action: "upload_file", shown, ok: shown === file.name };
  }
  if (kind === "radios" || kind === "custom-radios" || kind === "buttons") {
    const shown = await chooseOne(handle, planned);
    return { action: "click", shown, ok: shown !== undefined };
  }
  if (kind === "checkbox") return { action: "click", shown: await tick(handle, planned), ok: true };
  if (kind === "checkboxes") {
    const shown = await tickMany(handle, planned);
    return { action: "click", shown, ok: true };
  }
  if (kind === "editable") {
    setEditableText(control, planned.value ?? "");
    const shown = control.textContent ?? "";
    return { action: "fill_field", shown, ok: normalizeText(shown) === normalizeText(planned.value ?? "") };
  }
  const value = planned.value ?? planned.values?.[0] ?? "";
  if (control instanceof HTMLSelectElement) return selectNative(handle, control, value);
  if (kind === "dropdown" || kind === "listbox" || (field.type === "combobox" && widget)) {
    const box = widget ?? control;
    const wanted = wantedLabel(handle, value);
    const result = await pickOption(box, wanted, () => shownText(box, control));
    return { action: "select_option", shown: result.shown, ok: result.picked };
  }
  if (control instanceof HTMLInputElement || control instanceof HTMLTextAreaElement) {
    if (field.type === "combobox" || isAutocomplete(control)) return autocomplete(control, value);
    setValue(control, value);
    blur(control);
    await waitFor(() => control.value === value, 300);
    return { action: "fill_field", shown: control.value, ok: sameText(control.value, value) };
  }
  throw new Error(`cannot fill a ${field.type} built as ${kind}`);
}

async function selectNative(handle: FieldHandle, select: HTMLSelectElement, value: string): Promise<Outcome> {
  const options = Array.from(select.options);
  const option =
    options.find((o) => o.value === value) ??
    options.find((o) => matchScore(wantedLabel(handle, value), o.text) >= 0.9);
  if (!option) throw new Error(`no option "${wantedLabel(handle, value)}"`);
  setValue(select, option.value);
  // jQuery-based widgets (select2, chosen) listen through jQuery; a native change reaches them too.
  blur(select);
  const shown = select.selectedOptions[0]?.text ?? "";
  return { action: "select_option", shown, ok: select.value === option.value };
}

function isAutocomplete(input: HTMLInputElement | HTMLTextAreaElement): boolean {
  return (
    input.getAttribute("role") === "combobox" ||
    input.getAttribute("aria-autocomplete") === "list" ||
    input.getAttribute("aria-autocomplete") === "both" ||
    input.hasAttribute("list")
  );
}

/**
 * A typed field that offers suggestions: type, and pick the suggestion that means the value; a
 * search that finds nothing for "Zurich, Switzerland" is asked again for "Zurich". With no
 * suggestions at all the typed text stands; suggestions that all mean something else are left.
 */
async function autocomplete(input: HTMLInputElement | HTMLTextAreaElement, value: string): Promise<Outcome> {
  for (const query of queries(value)) {
    typeText(input, query);
    const options = await waitFor(() => {
      const shown = visibleOptions(input.parentElement ?? input);
      return shown.length > 0 ? shown : undefined;
    }, 1200);
    if (!options) continue;
    // pickOption tries every query itself, and picks nothing that means something else.
    const result = await pickOption(input, value, () => input.value || textAround(input));
    if (result.picked) return { action: "select_option", shown: result.shown, ok: true };
    return { action: "select_option", shown: input.value, ok: false, error: `no suggestion means "${value}"` };
  }
  typeText(input, value);
  blur(input);
  return { action: "fill_field", shown: input.value, ok: sameText(input.value, value) };
}

/**
 * What a combobox shows once its input is emptied by the pick (react-select shows the choice
 * beside the input): the text of the closest wrapper that holds no other field.
 */
function textAround(input: Element): string {
  let node = input.parentElement;
  for (let level = 0; node && level < 3; level++, node = node.parentElement) {
    if (node.querySelectorAll("input:not([type=hidden]), select, textarea").length > 1) break;
    // biome-ignore lint/performance/useDomNodeTextContent: a placeholder kept hidden in the DOM is not shown
    const text = (node.innerText ?? node.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return "";
}

function shownText(widget: Element, control: Element): string {
  if (control instanceof HTMLInputElement && control.type !== "hidden" && control.value) return control.value;
  const input = widget.querySelector("input:not([type=hidden])");
  const text = (widget.textContent ?? "").replace(/\s+/g, " ").trim();
  return text || (input instanceof HTMLInputElement ? input.value : "");
}

function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b) || a.trim() === b.trim();
}
