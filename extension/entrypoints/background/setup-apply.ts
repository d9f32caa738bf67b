import type { ApplyTarget } from "@nyx/shared";
import { isWorkerTab, runApplication } from "../../src/apply/runner.ts";
import { fetchFillPlan, fetchResume, startOnServer } from "../../src/apply/server-api.ts";
import { onLiveEvent } from "../../src/live/events.ts";
import { errorMessage, onMessage } from "../../src/messaging.ts";

function apply(target: ApplyTarget): void {
  runApplication(target).catch((error: unknown) => console.error("Nyx: the application stopped:", errorMessage(error)));
}

/**
 * The apply flow's background half: the server hands applications over the WebSocket (or the side
 * panel starts one); worker tabs ask for their plan and CV here, and only the worker tab of an
 * application gets that application's. An application already running is not started twice.
 */
export function setupApply(): void {
  onLiveEvent("apply", (event) => apply(event));
  onMessage(
    "applyPlan",
    async (request, sender) => {
      if (!isWorkerTab(request.applicationId, sender.tab?.id)) return { error: "this tab is not applying for Nyx" };
      return fetchFillPlan(request);
    },
    { fromTab: true },
  );
  onMessage(
    "applyResume",
    async ({ versionId }, sender) => {
      if (!isWorkerTab(undefined, sender.tab?.id)) return { error: "this tab is not applying for Nyx" };
      return fetchResume(versionId);
    },
    { fromTab: true },
  );
  onMessage(
    "applyNow",
    async ({ applicationId }) => {
      const target = await startOnServer(applicationId);
      runApplication(target).catch((error: unknown) =>
        console.error("Nyx: the application stopped:", errorMessage(error)),
      );
      return { started: true };
    },
    { fromExtensionPage: true },
  );
}
