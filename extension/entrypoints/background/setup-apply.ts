import type { LiveClientMessage } from "@nyx/shared";
import { browser } from "wxt/browser";
import { deliverCode } from "../../src/apply/code-wait.ts";
import { showTab } from "../../src/apply/nyx-window.ts";
import { createWorkerPool, type WorkerPool } from "../../src/apply/pool.ts";
import { resumeCache } from "../../src/apply/resume-cache.ts";
import { runApplication } from "../../src/apply/runner.ts";
import { fetchFillPlan, fetchResume, startOnServer } from "../../src/apply/server-api.ts";
import { onLiveEvent } from "../../src/live/events.ts";
import { onMessage } from "../../src/messaging.ts";

/** Signs of life for the applications being worked on: the server keeps their leases while these come. */
const WORKING_EVERY_MS = 5_000;

function keepLeases(pool: WorkerPool, send: (message: LiveClientMessage) => boolean): void {
  setInterval(() => {
    const held = pool.working();
    for (let i = 0; i < held.length; i += 20) send({ type: "working", applications: held.slice(i, i + 20) });
  }, WORKING_EVERY_MS);
}

/**
 * The apply flow's background half: the server hands applications over the WebSocket (or the side
 * panel starts one) to the worker pool; the person's codes go to the tab waiting for them; worker
 * tabs ask for their plan and CV here, and only the worker tab of an application gets that
 * application's (the CVs a plan uploads are fetched while the plan goes to the tab). A closed
 * worker tab stops its application.
 */
export function setupApply(live: { send(message: LiveClientMessage): boolean }): void {
  const pool = createWorkerPool(runApplication);
  const resumes = resumeCache(fetchResume);
  onLiveEvent("apply", ({ applicationId, url, attempt, workers }) =>
    pool.submit({ applicationId, url, attempt }, workers),
  );
  onLiveEvent("code", ({ applicationId, code }) => {
    if (!deliverCode(applicationId, code)) console.warn("Nyx: a code came for an application no tab waits for");
  });
  browser.tabs.onRemoved.addListener((tabId) => pool.tabRemoved(tabId));
  keepLeases(pool, (message) => live.send(message));
  onMessage(
    "applyPlan",
    async (request, sender) => {
      if (!pool.isWorkerTab(request.applicationId, sender.tab?.id))
        return { error: "this tab is not applying for Nyx" };
      const answer = await fetchFillPlan(request);
      resumes.prefetch(answer.plan.fields.flatMap((f) => (f.resumeVersionId ? [f.resumeVersionId] : [])));
      return answer;
    },
    { fromTab: true },
  );
  onMessage(
    "applyResume",
    async ({ versionId }, sender) => {
      if (!pool.isWorkerTab(undefined, sender.tab?.id)) return { error: "this tab is not applying for Nyx" };
      return resumes.get(versionId);
    },
    { fromTab: true },
  );
  onMessage(
    "applyNow",
    async ({ applicationId }) => {
      pool.submit(await startOnServer(applicationId));
      return { started: true };
    },
    { fromExtensionPage: true },
  );
  onMessage(
    "showWorkerTab",
    async ({ applicationId }) => {
      const tabId = pool.tabOf(applicationId);
      if (tabId === undefined) {
        return { error: "Its tab is no longer open in this browser: open the posting from History to finish by hand." };
      }
      await showTab(tabId);
      return { shown: true };
    },
    { fromExtensionPage: true },
  );
}
