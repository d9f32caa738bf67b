import type { ApplyTarget, StepReport, StepResult } from "@nyx/shared";
import { errorMessage, sendMessage } from "../messaging.ts";
import { ServerError } from "../server-error.ts";
import { passCaptcha } from "./captcha.ts";
import { waitForCode } from "./code-wait.ts";
import { showTab } from "./nyx-window.ts";
import { reportOutcome, reportStep } from "./server-api.ts";
import { blockedOutcome, describeAdvance, submittedOutcome } from "./step-outcomes.ts";
import { type Guard, guardOf, StopRun } from "./stop-run.ts";
import { advance, ask } from "./tab-talk.ts";
import { loadInTab, workerTab } from "./worker-tabs.ts";

const MAX_STEPS = 12;
/** Steps done again after a code was typed in count too; this bounds them all. */
const MAX_ROUNDS = MAX_STEPS + 3;

/** What becomes of the worker tab when the run ends: blanked for the next one, left to the person, or gone. */
export type TabFate = "release" | "keep" | "gone";

/** What the pool gives a run. */
export interface RunContext {
  /** Aborted with a StopRun when the tab is closed or a newer attempt takes over. */
  signal: AbortSignal;
  /** The run has its tab (the pool watches it and lets only it ask for this application's plan). */
  tabOpened(tabId: number): void;
  /** The tab waits for the person now: it leaves the pool and its worker slot goes to the next application. */
  handOver(tabId: number): Promise<void>;
}

/**
 * One application in a worker tab: open the apply address, fill step after step (each reported to
 * the server), get past a CAPTCHA or a code with the person's help, and submit only when the plan
 * flagged nothing, the form shows no validation errors and the intent to submit is recorded; no
 * recorded intent, no click, so an application is never sent twice. Interruptions leave the tab
 * open for the person. A closed tab ends the run as `failed`/`tab_closed` (the server may retry).
 */
export async function runApplication(target: ApplyTarget, ctx: RunContext): Promise<{ fate: TabFate }> {
  const id = target.applicationId;
  const guard = guardOf(ctx.signal);
  let opened = false;
  try {
    const tabId = await workerTab();
    ctx.tabOpened(tabId);
    opened = true;
    await guard(loadInTab(tabId, target.url));
    return { fate: await workThrough(target, tabId, { ...ctx, guard }) };
  } catch (error) {
    if (error instanceof StopRun && error.why === "superseded") return { fate: "release" };
    const closed = error instanceof StopRun;
    await reportOutcome(
      id,
      closed
        ? { outcome: "failed", code: "tab_closed", detail: "the worker tab was closed before the application was done" }
        : { outcome: "failed", code: "worker_error", detail: errorMessage(error).slice(0, 2000) },
    ).catch((report: unknown) => console.error("Nyx: could not report a failed application", errorMessage(report)));
    return { fate: closed ? "gone" : opened ? "keep" : "release" };
  }
}

type Run = RunContext & { guard: Guard };

async function workThrough(target: ApplyTarget, tab: number, run: Run): Promise<TabFate> {
  const id = target.applicationId;
  const { guard } = run;
  let step = 0;
  for (let round = 0; round < MAX_ROUNDS && step < MAX_STEPS; round++) {
    const result: StepResult = await ask(tab, () => sendMessage("applyStep", { applicationId: id, step }, tab), guard);
    if (result.outcome === "interrupted") {
      if (result.interruption === "verification_code") {
        if (await waitForCode(id, tab, result, run)) continue;
        return "keep";
      }
      await guard(showTab(tab));
      await guard(reportOutcome(id, result));
      return "keep";
    }
    if (result.outcome === "needs_person") {
      await guard(reportOutcome(id, { outcome: "needs_person" }));
      return "keep";
    }
    const blocked = result.errors.length > 0 || result.fields.some((f) => !f.ok) || result.advance === "none";
    const report: StepReport = {
      step,
      pageUrl: result.pageUrl,
      fields: result.fields,
      startedAt: result.startedAt,
      endedAt: result.endedAt,
      action: blocked ? "none" : result.advance,
      ok: !blocked,
      errors: result.errors,
    };
    if (blocked) {
      await guard(reportStep(id, report));
      await guard(reportOutcome(id, blockedOutcome(result)));
      return "keep";
    }
    if (result.advance === "next") {
      // The step's report travels while the tab goes on; both are awaited before anything is decided.
      const reported = reportStep(id, report);
      reported.catch(() => undefined);
      const [moved] = await Promise.all([advance(tab, "next", guard), guard(reported)]);
      if (moved.outcome !== "advanced" && moved.outcome !== "confirmed") {
        await guard(
          reportOutcome(id, { outcome: "failed", code: "step_not_accepted", detail: describeAdvance(moved) }),
        );
        return "keep";
      }
      step++;
      continue;
    }
    if (!result.captcha) return submit(target, tab, result.pageUrl, guard, report);
    // The step's report travels while the CAPTCHA is looked at; it is recorded before any outcome.
    const reported = reportStep(id, report);
    reported.catch(() => undefined);
    if (!(await passCaptcha(id, tab, result.pageUrl, guard, reported))) return "keep";
    await guard(reported);
    return submit(target, tab, result.pageUrl, guard);
  }
  await guard(reportOutcome(id, { outcome: "failed", code: "too_many_steps", detail: `more than ${MAX_STEPS} steps` }));
  return "keep";
}

/**
 * The intent first (for this attempt, once ever), then the one click; a refused or unrecorded
 * intent means no click. The last step's report, when not yet sent, goes with the intent.
 */
async function submit(
  target: ApplyTarget,
  tab: number,
  pageUrl: string,
  guard: Guard,
  step?: StepReport,
): Promise<TabFate> {
  const id = target.applicationId;
  try {
    await guard(
      reportOutcome(id, { outcome: "submit_intent", pageUrl, attempt: target.attempt, ...(step ? { step } : {}) }),
    );
  } catch (error) {
    if (error instanceof StopRun) throw error;
    if (error instanceof ServerError && error.status === 409) {
      // Another attempt holds the application, or a submit was already tried: not ours to report on.
      console.warn("Nyx: the server refused the submit intent; not submitting", error.message);
      return "release";
    }
    throw error;
  }
  const sent = await advance(tab, "submit", guard);
  const outcome = await guard(submittedOutcome(tab, sent));
  await guard(reportOutcome(id, outcome));
  return outcome.outcome === "submitted" ? "release" : "keep";
}
