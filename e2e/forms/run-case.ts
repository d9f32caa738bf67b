import { readFileSync } from "node:fs";
import type { ApplyAttempt, QueuedApplication } from "@nyx/shared";
import type { Route } from "playwright-core";
import { caseFile, type FormCase } from "./form-case.ts";
import { type CaseVerdict, judgeCase } from "./judge.ts";
import { parseSubmission, type Received } from "./received.ts";
import type { FormRig } from "./rig.ts";

export interface CaseRun {
  case: string;
  received: Received | null;
  /** How many times the page sent the form (exactly once, or never). */
  submissions: number;
  flagged: string[];
  submitted: boolean;
  /** From starting it in the side panel to the outcome, as the server recorded it. */
  ms: number;
  /** Until this harness saw the outcome (the above plus the time it takes to hear of it). */
  observedMs: number;
  attempt: ApplyAttempt;
  verdict: CaseVerdict;
}

export const SETTLED = new Set(["submitted", "paused", "failed", "skipped", "cancelled"]);
const INTERRUPTIONS = new Set(["captcha", "verification_code", "checkpoint", "logged_out"]);

/** A case's origin served from its folder: what `/__submit` received, and how to stop serving. */
export interface ServedCase {
  submissions: Received[];
  stop(): Promise<void>;
}

/**
 * Serves the case's origin from its folder (its own address is index.html, whatever the query)
 * and takes what the page posts to `/__submit`. `hold` may delay or keep back the answer to a
 * page request (a slow site, a tab closed while it loads).
 */
export async function serveCase(
  rig: FormRig,
  kase: FormCase,
  options: { hold?: (route: Route) => Promise<void> } = {},
): Promise<ServedCase> {
  const origin = new URL(kase.spec.url).origin;
  const submissions: Received[] = [];
  const handler = async (route: Route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (request.method() === "POST" && url.pathname === "/__submit") {
      submissions.push(
        await parseSubmission(request.headers()["content-type"] ?? "", request.postDataBuffer() ?? Buffer.alloc(0)),
      );
      const asJson = (request.headers()["content-type"] ?? "").includes("json");
      return route.fulfill(
        asJson
          ? { status: 200, contentType: "application/json", body: JSON.stringify({ ok: true }) }
          : {
              status: 200,
              contentType: "text/html; charset=utf-8",
              body: "<!doctype html><title>Application received</title><h1>Thank you for applying!</h1><p>Your application has been received.</p>",
            },
      );
    }
    const file = request.method() === "GET" ? caseFile(kase, url) : undefined;
    if (!file) return route.fulfill({ status: 404, contentType: "text/plain", body: "not found" });
    if (request.isNavigationRequest()) await options.hold?.(route);
    return route.fulfill({ status: 200, contentType: file.type, body: readFileSync(file.path) });
  };
  const matcher = (url: URL) => url.origin === origin;
  await rig.browser.context.route(matcher, handler);
  return { submissions, stop: () => rig.browser.context.unroute(matcher, handler) };
}

/** Queues the address and starts it from the side panel, as the person would (`startedAt`: when it was started). */
export async function applyFromPanel(rig: FormRig, url: string): Promise<{ applicationId: string; startedAt: number }> {
  const target = await rig.api<QueuedApplication>("/api/applications", { json: { url } });
  // Timed in the panel itself, from the moment the message leaves (same clock as this process).
  const { answer, startedAt } = await rig.panel.evaluate(async (applicationId) => {
    const startedAt = Date.now();
    const answer: unknown = await chrome.runtime.sendMessage({
      protocol: "nyx/1",
      name: "applyNow",
      payload: { applicationId },
    });
    return { answer, startedAt };
  }, target.applicationId);
  if (!answer || typeof answer !== "object" || "error" in answer)
    throw new Error(`applyNow: ${JSON.stringify(answer)}`);
  return { applicationId: target.applicationId, startedAt };
}

/** Polls the application's attempt until `done` says so (by default: it settled), or the time is up. */
export async function waitForAttempt(
  rig: FormRig,
  applicationId: string,
  done: (attempt: ApplyAttempt) => boolean = (a) => SETTLED.has(a.status),
  timeoutMs = 60_000,
): Promise<ApplyAttempt> {
  const started = Date.now();
  const ask = () => rig.api<ApplyAttempt>(`/api/applications/${applicationId}/attempt`);
  let heard = await rig.live.seen(applicationId);
  let attempt = await ask();
  while (!done(attempt) && Date.now() - started < timeoutMs) {
    // The server is asked again when the side panel hears the application's status move, or
    // hears nothing for 200 ms; a run's progress within a status does not make the harness query.
    const now = await rig.live.changed(applicationId, heard.count, 200);
    const quiet = now.count === heard.count;
    const moved = now.status === undefined || now.status !== heard.status;
    heard = now;
    if (quiet || moved) attempt = await ask();
  }
  return attempt;
}

/**
 * Runs one case through the real apply flow: the case's origin is served from its folder, the
 * application is created for the case's address and started from the side panel, and the run
 * ends when the server records an outcome. What `/__submit` received is judged.
 */
export async function runCase(rig: FormRig, kase: FormCase, timeoutMs = 60_000): Promise<CaseRun> {
  const served = await serveCase(rig, kase);
  try {
    const { applicationId, startedAt } = await applyFromPanel(rig, kase.spec.url);
    const attempt = await waitForAttempt(rig, applicationId, undefined, timeoutMs);
    const observedMs = Date.now() - startedAt;
    const recordedAt = attempt.statusChangedAt ? Date.parse(attempt.statusChangedAt) : Number.NaN;
    const ms = Number.isFinite(recordedAt) && recordedAt >= startedAt ? recordedAt - startedAt : observedMs;
    const flagged = [
      ...attempt.flagged.map((f) => f.name ?? f.label),
      ...(attempt.failureCode && INTERRUPTIONS.has(attempt.failureCode) ? [attempt.failureCode] : []),
    ];
    const received = served.submissions[0] ?? null;
    return {
      case: kase.name,
      received,
      submissions: served.submissions.length,
      flagged,
      submitted: attempt.submitted || received !== null,
      ms,
      observedMs,
      attempt,
      verdict: judgeCase(kase.spec, received, flagged),
    };
  } finally {
    await served.stop();
  }
}
