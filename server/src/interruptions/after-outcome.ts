import { type Db, schema } from "@nyx/db";
import type { ApplyOutcome } from "@nyx/shared";
import type { Logger } from "pino";
import type { Notifier } from "../notify/types.ts";
import { loadSettings } from "../settings/store.ts";
import { aboutApplication, jobName, lastPageHost, siteName } from "./about-application.ts";
import { codeTimedOut } from "./code-request.ts";
import { saveScreenshot, screenshotBytes } from "./screenshots.ts";
import { tellPerson } from "./tell-person.ts";

export interface AfterOutcomeDeps {
  db: Db;
  logger: Logger;
  dataDir: string;
  userId: string;
  notifier?: Notifier | undefined;
}

/**
 * What follows a recorded interruption: a tab that stopped waiting for a code times its request
 * out; a CAPTCHA that beat every attempt is told to the person with the tab's picture (kept in the
 * data folder, never in the database). Failures here are logged; the outcome stays recorded.
 */
export async function afterInterruption(
  deps: AfterOutcomeDeps,
  applicationId: string,
  outcome: Extract<ApplyOutcome, { outcome: "interrupted" }>,
): Promise<void> {
  try {
    if (outcome.interruption === "verification_code") await codeTimedOut(deps.db, applicationId);
    if (outcome.interruption === "captcha") await tellCaptchaBeaten(deps, applicationId, outcome.screenshot);
  } catch (error) {
    deps.logger.warn({ err: error, applicationId }, "after the interruption, something was not done");
  }
}

async function tellCaptchaBeaten(
  deps: AfterOutcomeDeps,
  applicationId: string,
  screenshot: string | undefined,
): Promise<void> {
  const { db } = deps;
  const about = await aboutApplication(db, deps.userId, applicationId);
  const host = await lastPageHost(db, about);
  const attempts = (await loadSettings(db)).interruptions.captchaAttempts;
  const shot = screenshotBytes(screenshot);
  const file = shot ? saveScreenshot(deps.dataDir, shot) : undefined;
  const sent = await tellPerson(deps.notifier, deps.logger, {
    text: `${siteName(about, host)}: the CAPTCHA before submitting ${jobName(about)} beat ${attempts} attempt${attempts === 1 ? "" : "s"}. The application is paused; its tab is left open in the Nyx window for you to solve it and submit.`,
    ...(shot ? { photo: { bytes: shot.bytes, filename: `captcha.${shot.type}` } } : {}),
  });
  await db.insert(schema.applicationEvents).values({
    applicationId,
    eventType: "person_told",
    eventDetail: "a CAPTCHA beat every attempt",
    payload: {
      about: "captcha",
      screenshot: file ?? null,
      delivered: sent !== undefined,
      messageId: sent?.messageId ?? null,
    },
  });
  deps.logger.info(
    { applicationId, screenshot: file !== undefined, told: sent !== undefined },
    "CAPTCHA beat every attempt",
  );
}
