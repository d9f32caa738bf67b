import { sleep, waitFor } from "../apply/dom-actions.ts";
import { fillField } from "../apply/fill-field.ts";
import { isShown } from "../apply/popup-options.ts";
import type { SiteAdapter } from "./adapter.ts";
import { generic } from "./generic.ts";
import { isLeverLocation, pickLeverLocation } from "./lever-location.ts";

/** Lever shows "Analyzing resume..." while it parses an uploaded CV into the contact fields. */
const PARSING = ".resume-upload-working, .application-field.working, [data-qa=resume-upload-working]";
const PARSE_TIMEOUT_MS = 10_000;

function parsing(document: Document): boolean {
  return Array.from(document.querySelectorAll(PARSING)).some(isShown);
}

/**
 * Lever: one page, résumé parsing that pre-fills fields after the upload, cards of custom
 * questions. The CV goes first (the run orders uploads first) and the other fields wait until the
 * parser is done, so what it writes (a wrong current company, say) never lands after our values.
 */
export const lever: SiteAdapter = {
  ...generic,
  platform: "lever",
  detect: (url) => url.hostname === "jobs.lever.co" || url.hostname.endsWith(".lever.co"),
  formRoot: (document) => document.querySelector("#application-form, form.application-form") ?? document,
  async fill(handle, planned, context) {
    if (isLeverLocation(handle) && planned.value) return pickLeverLocation(handle, planned.value);
    if (handle.field.type !== "file") return undefined;
    const [input] = handle.members;
    const report = await fillField(handle, planned, context);
    if (!report.ok || !input) return report;
    const document = input.ownerDocument;
    // The parser may start a moment after the change event; then wait for it to finish.
    await waitFor(() => parsing(document), 500);
    await waitFor(() => !parsing(document), PARSE_TIMEOUT_MS);
    // The parser writes its values right as its indicator goes away; let the page settle.
    await sleep(100);
    return report;
  },
};
