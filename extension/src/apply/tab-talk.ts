import type { AdvanceResult } from "@nyx/shared";
import { errorMessage, sendMessage } from "../messaging.ts";
import { type Guard, StopRun } from "./stop-run.ts";
import { waitForLoad } from "./worker-tabs.ts";

/** What Chrome says when the tab's page navigated or reloaded while we talked to it. */
export const PAGE_WENT_AWAY =
  /Receiving end does not exist|message port closed|message channel closed|back\/forward cache/i;

/** Asks the tab's content script, retrying while the page (re)loads and the script is not there yet. */
export async function ask<T>(tabId: number, send: () => Promise<T | { error: string }>, guard: Guard): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const answer = await guard(send());
      if (answer && typeof answer === "object" && "error" in answer) throw new Error(answer.error);
      return answer as T;
    } catch (error) {
      lastError = error;
      if (!PAGE_WENT_AWAY.test(errorMessage(error))) throw error;
      await guard(waitForLoad(tabId).catch(() => undefined));
      await guard(new Promise((resolve) => setTimeout(resolve, 150)));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/** Presses next/submit; when the page navigates away, the answer is lost and the new page is asked instead. */
export async function advance(tabId: number, kind: "next" | "submit", guard: Guard): Promise<AdvanceResult> {
  try {
    const answer = await guard(sendMessage("applyAdvance", { kind }, tabId));
    if ("error" in answer) return { outcome: "stuck", errors: [answer.error] };
    return answer;
  } catch (error) {
    const why = errorMessage(error);
    if (!PAGE_WENT_AWAY.test(why)) throw error;
    // Usually a navigation (a form posted the classic way); the page may also have stayed.
    await guard(waitForLoad(tabId, 10_000)).catch((failure: unknown) => {
      if (failure instanceof StopRun) throw failure;
      throw new Error(`the page did not settle after pressing ${kind} (${why})`);
    });
    const check = await ask(tabId, () => sendMessage("applyConfirmation", {}, tabId), guard);
    if (check.confirmation) return { outcome: "confirmed", errors: [], confirmation: check.confirmation };
    return { outcome: "advanced", errors: [] };
  }
}
