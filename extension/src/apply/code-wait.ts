import type { StepResult } from "@nyx/shared";
import { browser } from "wxt/browser";
import { sendMessage } from "../messaging.ts";
import { reportOutcome, requestCode } from "./server-api.ts";
import { type Guard, StopRun } from "./stop-run.ts";
import { ask } from "./tab-talk.ts";

/** Tabs waiting for a code the person gives (the live event `code`), by application. */
const waiting = new Map<string, (code: string) => void>();

/** The live event `code`: hands the person's code to the tab that waits for it; false when none waits. */
export function deliverCode(applicationId: string, code: string): boolean {
  const give = waiting.get(applicationId);
  give?.(code);
  return give !== undefined;
}

/** Listens for this application's code from now on (a code can come back before the request's answer does). */
function listen(applicationId: string): { next(ms: number): Promise<string | undefined>; stop(): void } {
  let code: string | undefined;
  let wake = () => {};
  waiting.set(applicationId, (given) => {
    code = given;
    wake();
  });
  return {
    next: (ms) =>
      new Promise((resolve) => {
        if (code !== undefined) return resolve(code);
        const timer = setTimeout(() => resolve(undefined), ms);
        wake = () => {
          clearTimeout(timer);
          resolve(code);
        };
      }),
    stop: () => waiting.delete(applicationId),
  };
}

type CodeStop = Extract<StepResult, { outcome: "interrupted" }>;

/**
 * The site sent the person a code: the server is told (it pauses the application, tells the
 * person and says how long to wait), the tab leaves the pool and waits; the person's code is
 * typed into the field and true comes back (the step goes on, submit intent first). No code in
 * time, or no way to ask for one: the outcome `interrupted` is reported and false comes back.
 */
export async function waitForCode(
  applicationId: string,
  tabId: number,
  stop: CodeStop,
  run: { guard: Guard; handOver(tabId: number): Promise<void> },
): Promise<boolean> {
  const { guard } = run;
  const interrupted = (detail: string) =>
    guard(reportOutcome(applicationId, { outcome: "interrupted", interruption: "verification_code", detail }));
  const code = listen(applicationId);
  try {
    const pageUrl = (await guard(browser.tabs.get(tabId))).url ?? "";
    let waitSeconds: number;
    try {
      ({ waitSeconds } = await guard(
        requestCode(applicationId, { method: stop.method ?? "app", detail: stop.detail.slice(0, 2000), pageUrl }),
      ));
    } catch (error) {
      if (error instanceof StopRun) throw error;
      console.warn("Nyx: the server could not be asked to wait for a code", error);
      await interrupted(stop.detail);
      return false;
    }
    await run.handOver(tabId);
    const given = await guard(code.next(waitSeconds * 1000));
    if (given === undefined) {
      await interrupted(`${stop.detail}; no code came within ${Math.round(waitSeconds)} s`);
      return false;
    }
    const typed = await ask(tabId, () => sendMessage("applyEnterCode", { code: given }, tabId), guard);
    if (typed.ok) return true;
    await interrupted(`the person's code could not be typed in: ${typed.error ?? "the field did not take it"}`);
    return false;
  } finally {
    code.stop();
  }
}
