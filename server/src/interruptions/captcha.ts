import { type Db, schema } from "@nyx/db";
import type { CaptchaAdvice, CaptchaAttempt, CaptchaKind } from "@nyx/shared";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import { touchLease } from "../queue/lease.ts";
import { loadSettings } from "../settings/store.ts";
import { aboutApplication, requireBeingApplied } from "./about-application.ts";
import type { CaptchaSolver } from "./captcha-solver.ts";

const PROVIDER: Record<CaptchaKind, string> = {
  reCAPTCHA: "recaptcha_v2",
  hCaptcha: "hcaptcha",
  Turnstile: "turnstile",
};
const OPEN = ["attempted", "manual_required"];

/**
 * `POST /api/applications/:id/captcha`: one attempt at the CAPTCHA before submit. `waiting` opens a
 * `captcha_events` row (a solving service's attempt when it produced a token, else the person's),
 * `solved`/`failed` close it with the time it took. Every call is a sign of life from the tab and
 * renews its lease. The answer says how many attempts there are and how long this one waits.
 */
export async function recordCaptchaAttempt(
  deps: { db: Db; solver: CaptchaSolver },
  userId: string,
  applicationId: string,
  attempt: CaptchaAttempt,
): Promise<CaptchaAdvice> {
  const { db } = deps;
  const settings = await loadSettings(db);
  requireBeingApplied(await aboutApplication(db, userId, applicationId));
  await touchLease(db, applicationId, settings.queue.leaseSeconds);
  const advice: CaptchaAdvice = {
    attempts: settings.interruptions.captchaAttempts,
    waitSeconds: settings.interruptions.captchaAttemptSeconds,
  };
  const provider = PROVIDER[attempt.kind];
  if (attempt.status === "waiting") {
    // A service that fails leaves the attempt to the person; it never fails the tab's request.
    const token = await deps.solver
      .solve({ kind: attempt.kind, sitekey: attempt.sitekey, pageUrl: attempt.pageUrl })
      .catch(() => undefined);
    await db.insert(schema.captchaEvents).values({
      applicationId,
      provider,
      attemptNumber: attempt.attempt,
      status: token ? "attempted" : "manual_required",
      solverType: token ? "external_service" : "human",
      solverService: token ? (deps.solver.service ?? null) : null,
    });
    return token ? { ...advice, token } : advice;
  }
  const e = schema.captchaEvents;
  const [open] = await db
    .select({ id: e.id })
    .from(e)
    .where(and(eq(e.applicationId, applicationId), eq(e.attemptNumber, attempt.attempt), inArray(e.status, OPEN)))
    .orderBy(desc(e.createdAt))
    .limit(1);
  if (open)
    await db
      .update(e)
      .set({
        status: attempt.status,
        solveTimeMs:
          attempt.status === "solved"
            ? sql`least(2147483647, round(extract(epoch from (now() - ${e.createdAt})) * 1000))::int`
            : null,
      })
      .where(eq(e.id, open.id));
  else
    await db
      .insert(e)
      .values({ applicationId, provider, attemptNumber: attempt.attempt, status: attempt.status, solverType: "human" });
  return advice;
}
