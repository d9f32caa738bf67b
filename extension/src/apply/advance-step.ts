import type { AdvanceResult } from "@nyx/shared";
import { adapterFor } from "../adapters/index.ts";
import { deepQueryAll } from "../fill/dom-tree.ts";
import { click, waitFor } from "./dom-actions.ts";
import { confirmationText, findAdvance, pageText, validationErrors } from "./navigation.ts";
import { isShown } from "./popup-options.ts";

const FIELDS = "input:not([type=hidden]), select, textarea, [role=combobox], [contenteditable=true]";

function visibleFields(root: Document | Element): Element[] {
  return deepQueryAll(root, FIELDS).filter(isShown);
}

/**
 * Presses the way forward and verifies what happened: the site's confirmation, the next step
 * (the fields on screen changed), validation messages, or nothing at all. A submit that makes
 * the page navigate ends this script; the background then asks the new page.
 */
export async function advanceStep(kind: "next" | "submit"): Promise<AdvanceResult> {
  const adapter = adapterFor(document);
  const root = adapter.formRoot?.(document) ?? document;
  const way = adapter.advance?.(root) ?? findAdvance(root);
  if (!way || way.kind !== kind) return { outcome: "stuck", errors: [`no "${kind}" button on this step`] };
  const before = pageText(document);
  const fieldsBefore = visibleFields(root);
  const errorsBefore = new Set(validationErrors(root));
  click(way.button);
  const result = await waitFor(
    () => {
      const confirmation = adapter.confirmation?.(document) ?? confirmationText(document, before);
      if (confirmation) return { outcome: "confirmed" as const, errors: [], confirmation };
      const nowRoot = adapter.formRoot?.(document) ?? document;
      const errors = validationErrors(nowRoot).filter((e) => !errorsBefore.has(e));
      if (errors.length > 0) return { outcome: "errors" as const, errors };
      const fieldsNow = visibleFields(nowRoot);
      const changed = fieldsNow.length !== fieldsBefore.length || fieldsNow.some((f, i) => f !== fieldsBefore[i]);
      if (kind === "next" && changed) return { outcome: "advanced" as const, errors: [] };
      return undefined;
    },
    kind === "submit" ? 10_000 : 6000,
  );
  if (result) return result;
  const errors = validationErrors(adapter.formRoot?.(document) ?? document);
  return { outcome: errors.length > 0 ? "errors" : "stuck", errors };
}
