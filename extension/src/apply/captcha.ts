import type { CaptchaKind, CaptchaState } from "@nyx/shared";
import { sendMessage } from "../messaging.ts";
import { sleep } from "./dom-actions.ts";
import { showTab } from "./nyx-window.ts";
import { captureTab } from "./screenshot.ts";
import { reportCaptcha, reportOutcome } from "./server-api.ts";
import type { Guard } from "./stop-run.ts";
import { ask } from "./tab-talk.ts";

const POLL_MS = 500;

function stateOf(tabId: number, guard: Guard, token?: string): Promise<CaptchaState> {
  return ask(tabId, () => sendMessage("applyCaptcha", token ? { token } : {}, tabId), guard);
}

/** Waits up to `ms` for the widget to be solved (its response field filled) or to go away. */
async function solvedWithin(tabId: number, ms: number, guard: Guard): Promise<boolean> {
  const deadline = Date.now() + ms;
  for (;;) {
    const state = await stateOf(tabId, guard);
    if (state.solved || !state.present) return true;
    if (Date.now() >= deadline) return false;
    await guard(sleep(Math.min(POLL_MS, Math.max(0, deadline - Date.now()))));
  }
}

/**
 * The CAPTCHA before submit, attempt by attempt: the server records each attempt and answers how
 * long to wait (or hands a solving service's token, which goes into the widget); otherwise the
 * tab comes forward for the person. Solved: true, the submit goes on as usual. After the last
 * failed attempt the tab is captured for the person's phone, the outcome `interrupted` is
 * reported and false comes back; the tab stays open for the person.
 */
export async function passCaptcha(
  applicationId: string,
  tabId: number,
  pageUrl: string,
  guard: Guard,
  /** The step's report, still on its way: the outcome is reported only after it (a paused application takes no steps). */
  stepReported: Promise<unknown> = Promise.resolve(),
): Promise<boolean> {
  let attempts = 1;
  let kind: CaptchaKind = "reCAPTCHA";
  let screenshot: string | undefined;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const state = await stateOf(tabId, guard);
    if (state.solved || !state.present) return true;
    kind = state.kind ?? kind;
    const about = { attempt, kind, pageUrl, ...(state.sitekey ? { sitekey: state.sitekey } : {}) };
    const advice = await guard(reportCaptcha(applicationId, { ...about, status: "waiting" }));
    attempts = advice.attempts;
    let solved = advice.token ? (await stateOf(tabId, guard, advice.token)).solved : false;
    if (!solved) {
      await guard(showTab(tabId));
      solved = await solvedWithin(tabId, advice.waitSeconds * 1000, guard);
    }
    const last = !solved && attempt >= attempts;
    // After the last attempt the tab is captured for the person's phone while the attempt is recorded.
    const [, shot] = await Promise.all([
      guard(reportCaptcha(applicationId, { ...about, status: solved ? "solved" : "failed" })),
      last ? guard(captureTab(tabId)) : undefined,
    ]);
    if (solved) return true;
    if (last) screenshot = shot;
  }
  await guard(stepReported);
  await guard(
    reportOutcome(applicationId, {
      outcome: "interrupted",
      interruption: "captcha",
      detail: `a ${kind} before the submit button was not solved in ${attempts} attempt${attempts === 1 ? "" : "s"}`,
      ...(screenshot ? { screenshot } : {}),
    }),
  );
  return false;
}
