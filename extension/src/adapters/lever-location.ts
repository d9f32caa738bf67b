import type { FieldReport } from "@nyx/shared";
import { blur, click, typeText, waitFor } from "../apply/dom-actions.ts";
import type { FieldHandle } from "../apply/field-handle.ts";
import { queries } from "../apply/fill-dropdown.ts";
import { bestMatch } from "../apply/match-text.ts";
import { isShown, optionText } from "../apply/popup-options.ts";

/**
 * Lever's location question: a text input whose suggestions (`.dropdown-location`, with or
 * without ARIA roles) come from a location service, and a hidden `selectedLocation` that only a
 * picked suggestion fills; typed text alone is refused on submit.
 */
const INPUT = "input.location-input, input[data-qa=location-input]";
const OPTION = ".dropdown-results .dropdown-location, .dropdown-location";
const PICKED = "input[type=hidden][name=selectedLocation], input#selected-location";

export function isLeverLocation(handle: FieldHandle): boolean {
  const [control] = handle.members;
  return control instanceof HTMLInputElement && control.matches(INPUT);
}

export async function pickLeverLocation(handle: FieldHandle, wanted: string): Promise<FieldReport> {
  const [input] = handle.members;
  if (!(input instanceof HTMLInputElement)) throw new TypeError("not Lever's location input");
  const scope = input.closest(".application-field, .application-question") ?? input.parentElement ?? input;
  const picked = scope.querySelector(PICKED);
  const report = (ok: boolean, error?: string): FieldReport => ({
    ref: handle.field.ref,
    label: handle.field.label.slice(0, 500),
    ...(handle.field.name ? { name: handle.field.name.slice(0, 500) } : {}),
    action: "select_option",
    shown: input.value,
    ok,
    ...(error ? { error } : {}),
  });
  for (const query of queries(wanted)) {
    typeText(input, query);
    const choice = await waitFor(() => {
      const options = Array.from(scope.querySelectorAll(OPTION)).filter(isShown);
      return bestMatch(wanted, options, optionText);
    }, 3000);
    if (!choice) continue;
    click(choice);
    const done = await waitFor(() => !choice.isConnected || !isShown(choice), 1000);
    blur(input);
    const chosen = !(picked instanceof HTMLInputElement) || picked.value !== "";
    return report(Boolean(done) && chosen, chosen ? undefined : "the suggestion was not taken");
  }
  return report(false, `no suggested location means "${wanted}"`);
}
