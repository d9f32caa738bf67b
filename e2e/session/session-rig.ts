import { fileURLToPath } from "node:url";
import { SessionResponse, type SessionView } from "@nyx/shared";
import { type FormCase, loadCases } from "../forms/form-case.ts";
import type { FormRig } from "../forms/rig.ts";

export const FORMS = fileURLToPath(new URL("../../../shared/fixtures/forms", import.meta.url));
export const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));

/** The cases a careful person can send without help: no flags, no CAPTCHA, no code. */
export const CLEAN_CASES: FormCase[] = loadCases(FORMS).filter((c) => c.spec.flag.length === 0);

/** `count` applications made from the clean cases in turn (copy k of case k mod n). */
export function cleanCopies(count: number): { kase: FormCase; k: number }[] {
  return Array.from({ length: count }, (_, i) => {
    const kase = CLEAN_CASES[i % CLEAN_CASES.length];
    if (!kase) throw new Error("no clean form cases");
    return { kase, k: Math.floor(i / CLEAN_CASES.length) + 1 };
  });
}

/** Sessions without a person's pacing: no pause between applications, short leases. */
export const FAST_SESSION = {
  limits: {
    appDelaySeconds: { min: 0, max: 0 },
    randomPause: { probability: 0, minSeconds: 0, maxSeconds: 0 },
  },
  queue: { leaseSeconds: 20, maxAttempts: 3, retryBaseSeconds: 1 },
};

export async function sessionNow(rig: FormRig): Promise<SessionView | null> {
  return SessionResponse.parse(await rig.api("/api/session")).session;
}

export async function waitForSession(
  rig: FormRig,
  done: (s: SessionView) => boolean,
  timeoutMs = 240_000,
): Promise<SessionView> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const view = await sessionNow(rig);
    if (view && done(view)) return view;
    if (Date.now() > end) throw new Error(`the session did not get there in time: ${JSON.stringify(view)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Counts the browser's tabs that show a site (worker tabs), every 50 ms; `max()` is the most seen at once. */
export function watchWorkerTabs(rig: FormRig): { max(): number; stop(): void } {
  let max = 0;
  const timer = setInterval(() => {
    const open = rig.browser.context.pages().filter((p) => /^https?:/.test(p.url()) && !/127\.0\.0\.1/.test(p.url()));
    max = Math.max(max, open.length);
  }, 50);
  return { max: () => max, stop: () => clearInterval(timer) };
}
