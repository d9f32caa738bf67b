import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseFile, loadCase } from "../forms/form-case.ts";
import { type FormRig, startFormRig } from "../forms/rig.ts";

const FORMS = fileURLToPath(new URL("../../../shared/fixtures/forms", import.meta.url));
const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));

/** A page cannot make the extension fill or send anything: it can neither reach the background nor the worker's hands. */
describe("a page that imitates the extension's messages", () => {
  let rig: FormRig;
  beforeAll(async () => {
    rig = await startFormRig({ profile: ADA });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("gets no plan, no fill and no submit", async () => {
    const kase = loadCase(`${FORMS}/generic-plain`);
    const origin = new URL(kase.spec.url).origin;
    let submitted = 0;
    await rig.browser.context.route(
      (url) => url.origin === origin,
      (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === "/__submit") {
          submitted++;
          return route.fulfill({ status: 200, body: "ok" });
        }
        const file = caseFile(kase, url);
        return file
          ? route.fulfill({ status: 200, contentType: file.type, body: readFileSync(file.path) })
          : route.abort();
      },
    );
    const { applicationId } = await rig.api<{ applicationId: string }>("/api/applications", {
      json: { url: kase.spec.url },
    });
    const page = await rig.browser.context.newPage();
    await page.goto(kase.spec.url);
    const state = () =>
      page.$$eval("input, select, textarea", (controls) =>
        controls.map(
          (c) =>
            `${(c as HTMLInputElement).name}=${(c as HTMLInputElement).value}:${(c as HTMLInputElement).checked}:${(c as HTMLInputElement).files?.length ?? 0}`,
        ),
      );
    const before = await state();
    const reached = await page.evaluate(
      async ({ id, extensionId }) => {
        const envelopes = [
          { protocol: "nyx/1", name: "applyStep", payload: { applicationId: id, step: 0 } },
          { protocol: "nyx/1", name: "applyAdvance", payload: { kind: "submit" } },
          {
            protocol: "nyx/1",
            name: "applyPlan",
            payload: { applicationId: id, form: { pageUrl: location.href, fields: [] } },
          },
          { protocol: "nyx/1", name: "applyNow", payload: { applicationId: id } },
        ];
        for (const envelope of envelopes) {
          window.postMessage(envelope, "*");
          document.dispatchEvent(new CustomEvent(envelope.name, { detail: envelope }));
          window.dispatchEvent(new CustomEvent(`nyx:${envelope.name}`, { detail: envelope }));
        }
        // Without externally_connectable, a page has no channel to the extension at all.
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
        if (typeof runtime?.sendMessage !== "function") return "no channel";
        try {
          await (runtime.sendMessage as (id: string, m: unknown) => Promise<unknown>)(extensionId, envelopes[3]);
          return "reached";
        } catch {
          return "refused";
        }
      },
      { id: applicationId, extensionId: rig.browser.extensionId },
    );
    expect(reached).not.toBe("reached");
    await page.waitForTimeout(1500);
    expect(await state()).toEqual(before);
    expect(submitted).toBe(0);
    const attempt = await rig.api<{ status: string }>(`/api/applications/${applicationId}/attempt`);
    expect(attempt.status).toBe("queued");
  });
});
