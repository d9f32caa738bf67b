import type { AdvanceResult, ApplyOutcome, ApplyTarget, StepResult } from "@nyx/shared";
import { errorMessage, sendMessage } from "../messaging.ts";
import { reportOutcome, reportStep } from "./server-api.ts";
import { openWorkerTab, releaseWorkerTab, showTab, waitForLoad } from "./worker-tabs.ts";

const MAX_STEPS = 12;
/** What Chrome says when the tab's page navigated or reloaded while we talked to it. */
const PAGE_WENT_AWAY = /Receiving end does not exist|message port closed|message channel closed|back\/forward cache/i;
const running = new Set<string>();
const tabs = new Map<string, number>();

/** Applications being worked on now, by id. */
export function runningApplications(): readonly string[] {
  return [...running];
}

/** Whether `tabId` is the worker tab of `applicationId` (only it may ask for that application's plan and CV). */
export function isWorkerTab(applicationId: string | undefined, tabId: number | undefined): boolean {
  if (tabId === undefined) return false;
  return applicationId === undefined ? [...tabs.values()].includes(tabId) : tabs.get(applicationId) === tabId;
}

/** Asks the tab's content script, retrying while the page (re)loads and the script is not there yet. */
async function ask<T>(tabId: number, send: () => Promise<T | { error: string }>): Promise<T> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    try {
      const answer = await send();
      if (answer && typeof answer === "object" && "error" in answer) throw new Error(answer.error);
      return answer as T;
    } catch (error) {
      lastError = error;
      if (!PAGE_WENT_AWAY.test(errorMessage(error))) throw error;
      await waitForLoad(tabId).catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
  throw lastError instanceof Error ? lastError : new Error(String(lastError));
}

/**
 * One application in a worker tab: open the apply address, fill step after step (each reported to
 * the server), and submit only when the plan flagged nothing, the form shows no validation errors
 * and no CAPTCHA waits; the intent to submit is recorded before the click, so a crash can never
 * send the application twice. Interruptions leave the tab open for the person.
 */
export async function runApplication(target: ApplyTarget): Promise<void> {
  if (running.has(target.applicationId)) return;
  running.add(target.applicationId);
  const id = target.applicationId;
  let tabId: number | undefined;
  let keepTab = false;
  try {
    tabId = await openWorkerTab(target.url);
    const tab = tabId;
    tabs.set(id, tab);
    for (let step = 0; step < MAX_STEPS; step++) {
      const result: StepResult = await ask(tab, () => sendMessage("applyStep", { applicationId: id, step }, tab));
      if (result.outcome === "interrupted") {
        keepTab = true;
        await showTab(tab);
        return void (await reportOutcome(id, result));
      }
      if (result.outcome === "needs_person") {
        keepTab = true;
        return void (await reportOutcome(id, { outcome: "needs_person" }));
      }
      const failedFields = result.fields.filter((f) => !f.ok);
      const blocked = result.errors.length > 0 || failedFields.length > 0 || result.advance === "none";
      // The step's report travels while the tab goes on; it is awaited before anything is decided.
      const reported = reportStep(id, {
        step,
        pageUrl: result.pageUrl,
        fields: result.fields,
        startedAt: result.startedAt,
        endedAt: result.endedAt,
        action: blocked ? "none" : result.advance,
        ok: !blocked,
        errors: result.errors,
      });
      if (blocked) {
        keepTab = true;
        await reported;
        return void (await reportOutcome(
          id,
          blockedOutcome(
            result,
            failedFields.map((f) => f.label),
          ),
        ));
      }
      if (result.advance === "submit" && result.captcha) {
        keepTab = true;
        await reported;
        await showTab(tab);
        return void (await reportOutcome(id, {
          outcome: "interrupted",
          interruption: "captcha",
          detail: `a ${result.captcha} stands before the submit button`,
        }));
      }
      if (result.advance === "next") {
        const [moved] = await Promise.all([advance(tab, "next"), reported]);
        if (moved.outcome !== "advanced" && moved.outcome !== "confirmed") {
          keepTab = true;
          return void (await reportOutcome(id, {
            outcome: "failed",
            code: "step_not_accepted",
            detail: describe(moved),
          }));
        }
        continue;
      }
      await Promise.all([
        reported,
        reportOutcome(id, { outcome: "submit_intent", pageUrl: result.pageUrl, attempt: target.attempt }),
      ]);
      const sent = await advance(tab, "submit");
      const outcome = await submitted(tab, sent);
      if (outcome.outcome !== "submitted") keepTab = true;
      return void (await reportOutcome(id, outcome));
    }
    keepTab = true;
    await reportOutcome(id, { outcome: "failed", code: "too_many_steps", detail: `more than ${MAX_STEPS} steps` });
  } catch (error) {
    keepTab = true;
    await reportOutcome(id, {
      outcome: "failed",
      code: "worker_error",
      detail: errorMessage(error).slice(0, 2000),
    }).catch((report: unknown) => console.error("Nyx: could not report a failed application", errorMessage(report)));
  } finally {
    running.delete(id);
    tabs.delete(id);
    if (tabId !== undefined && !keepTab) await releaseWorkerTab(tabId);
  }
}

function blockedOutcome(result: Extract<StepResult, { outcome: "filled" }>, failed: string[]): ApplyOutcome {
  if (failed.length > 0)
    return {
      outcome: "failed",
      code: "fields_not_filled",
      detail: `could not fill: ${failed.join("; ")}`.slice(0, 2000),
    };
  if (result.errors.length > 0)
    return { outcome: "failed", code: "validation_errors", detail: result.errors.join("; ").slice(0, 2000) };
  return { outcome: "failed", code: "no_way_forward", detail: "no next or submit button on this step" };
}

/** Presses next/submit; when the page navigates away, the answer is lost and the new page is asked instead. */
async function advance(tabId: number, kind: "next" | "submit"): Promise<AdvanceResult> {
  try {
    const answer = await sendMessage("applyAdvance", { kind }, tabId);
    if ("error" in answer) return { outcome: "stuck", errors: [answer.error] };
    return answer;
  } catch (error) {
    const why = errorMessage(error);
    if (!PAGE_WENT_AWAY.test(why)) throw error;
    // Usually a navigation (a form posted the classic way); the page may also have stayed.
    await waitForLoad(tabId, 10_000).catch(() => {
      throw new Error(`the page did not settle after pressing ${kind} (${why})`);
    });
    const check = await ask(tabId, () => sendMessage("applyConfirmation", {}, tabId));
    if (check.confirmation) return { outcome: "confirmed", errors: [], confirmation: check.confirmation };
    return { outcome: "advanced", errors: [] };
  }
}

async function submitted(tabId: number, sent: AdvanceResult): Promise<ApplyOutcome> {
  if (sent.outcome === "confirmed")
    return {
      outcome: "submitted",
      confirmation: "page_text",
      ...(sent.confirmation ? { text: sent.confirmation } : {}),
    };
  if (sent.outcome === "advanced") {
    // The page moved on after the click without a confirmation we could read.
    await waitForLoad(tabId).catch(() => undefined);
    return { outcome: "submitted", confirmation: "url_change" };
  }
  return {
    outcome: "failed",
    code: sent.outcome === "errors" ? "rejected_on_submit" : "no_confirmation",
    detail: `${describe(sent)} (submit was pressed once; check the application by hand)`,
  };
}

function describe(result: AdvanceResult): string {
  return result.errors.length > 0
    ? result.errors.join("; ").slice(0, 1500)
    : `the page did not move on (${result.outcome})`;
}
