import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCase } from "../forms/form-case.ts";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { applyFromPanel, serveCase, waitForAttempt } from "../forms/run-case.ts";

const FORMS = fileURLToPath(new URL("../../../shared/fixtures/forms", import.meta.url));
const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));
const PLAIN = loadCase(`${FORMS}/generic-plain`);

/** The worker tabs as Chrome has them: the tabs of the "Nyx" group, and every tab of the window it is in. */
async function nyxTabs(rig: FormRig): Promise<{ grouped: number; inWindow: number; windows: number }> {
  return rig.browser.worker.evaluate(async () => {
    const [group] = await chrome.tabGroups.query({ title: "Nyx" });
    if (!group) return { grouped: 0, inWindow: 0, windows: (await chrome.windows.getAll()).length };
    const grouped = await chrome.tabs.query({ groupId: group.id });
    const inWindow = await chrome.tabs.query({ windowId: group.windowId });
    return { grouped: grouped.length, inWindow: inWindow.length, windows: (await chrome.windows.getAll()).length };
  });
}

/** The worker pool in real Chromium: never more tabs than allowed, in one Nyx window and group; a closed tab is reported and retried. */
describe("worker tabs", () => {
  let rig: FormRig;
  beforeAll(async () => {
    rig = await startFormRig({ profile: ADA, settings: { limits: { workers: 2 } } });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("applies to 8 jobs with never more than 2 worker tabs, all in the Nyx window's group", async () => {
    // A slow site, so that applications overlap and the limit is what holds them back.
    const served = await serveCase(rig, PLAIN, { hold: () => new Promise((resolve) => setTimeout(resolve, 1500)) });
    try {
      const ids: string[] = [];
      for (let n = 1; n <= 8; n++) {
        const { applicationId } = await rig.api<{ applicationId: string }>("/api/applications", {
          json: { url: `${PLAIN.spec.url}?n=${n}` },
        });
        ids.push(applicationId);
      }
      for (const id of ids) await rig.api(`/api/applications/${id}/apply`, { json: {} });
      const seen: Awaited<ReturnType<typeof nyxTabs>>[] = [];
      const statuses = async () =>
        Promise.all(ids.map((id) => rig.api<{ status: string }>(`/api/applications/${id}/attempt`)));
      const deadline = Date.now() + 100_000;
      while (Date.now() < deadline) {
        seen.push(await nyxTabs(rig));
        if ((await statuses()).every((a) => a.status === "submitted")) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect((await statuses()).map((a) => a.status)).toEqual(Array(8).fill("submitted"));
      expect(served.submissions).toHaveLength(8);
      expect(Math.max(...seen.map((s) => s.grouped))).toBe(2);
      expect(Math.max(...seen.map((s) => s.inWindow))).toBeLessThanOrEqual(2);
      // One Nyx window beside the test's own, made once and reused.
      expect(Math.max(...seen.map((s) => s.windows))).toBe(2);
    } finally {
      await served.stop();
    }
  });

  it("a worker tab closed by the person is reported: its application goes back to the queue for a later try", async () => {
    let loading: (page: import("playwright-core").Page) => void = () => {};
    const reached = new Promise<import("playwright-core").Page>((resolve) => {
      loading = resolve;
    });
    const served = await serveCase(rig, PLAIN, {
      hold: async (route) => {
        const page = route.request().frame().page();
        loading(page);
        // The site answers only after the person closed the tab.
        await new Promise((resolve) => page.once("close", resolve));
      },
    });
    try {
      const { applicationId } = await applyFromPanel(rig, `${PLAIN.spec.url}?closed=1`);
      const page = await reached;
      await page.close();
      const attempt = await waitForAttempt(rig, applicationId, (a) => a.failureCode === "tab_closed", 30_000);
      expect(attempt).toMatchObject({ status: "queued", failureCode: "tab_closed", submitted: false });
      expect(attempt.reason).toMatch(/tried again/);
      expect(served.submissions).toHaveLength(0);
    } finally {
      await served.stop();
    }
  });
});
