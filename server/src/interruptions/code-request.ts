import { type Db, schema } from "@nyx/db";
import type { CodeRequest, CodeWait } from "@nyx/shared";
import { and, eq } from "drizzle-orm";
import type { Logger } from "pino";
import { changeStatus } from "../applications/status.ts";
import { publishApplications } from "../live/application-events.ts";
import type { LivePublisher } from "../live/hub.ts";
import type { Notifier } from "../notify/types.ts";
import { releaseLease } from "../queue/lease.ts";
import { loadSettings } from "../settings/store.ts";
import { aboutApplication, hostOf, jobName, requireBeingApplied, siteName } from "./about-application.ts";
import { tellPerson } from "./tell-person.ts";

export interface CodeDeps {
  db: Db;
  live: LivePublisher;
  logger: Logger;
  notifier?: Notifier | undefined;
}

export const METHOD_WORDS: Record<CodeRequest["method"], string> = {
  sms: "by SMS",
  email: "by e-mail",
  app: "to an authenticator app",
  call: "by phone call",
};

/**
 * `POST /api/applications/:id/code-request`: the site sent the person a code. A pending
 * `two_factor_events` row, the application paused (its lease released: the tab keeps waiting on
 * its own), a message to the person naming the company and the site (its id is kept, so a reply
 * can be matched), and how long the tab waits.
 */
export async function requestCode(
  deps: CodeDeps,
  userId: string,
  applicationId: string,
  request: CodeRequest,
): Promise<CodeWait> {
  const { db } = deps;
  const settings = await loadSettings(db);
  const about = await aboutApplication(db, userId, applicationId);
  requireBeingApplied(about);
  const host = hostOf(request.pageUrl) ?? "the site";
  const how = METHOD_WORDS[request.method];
  const twoFactorEventId = await db.transaction(async (tx) => {
    // An older request of this application is answered by this one.
    await tx
      .update(schema.twoFactorEvents)
      .set({ status: "skipped" })
      .where(
        and(eq(schema.twoFactorEvents.applicationId, applicationId), eq(schema.twoFactorEvents.status, "pending")),
      );
    const [row] = await tx
      .insert(schema.twoFactorEvents)
      .values({ applicationId, method: request.method, status: "pending", notes: `asked on ${host}` })
      .returning({ id: schema.twoFactorEvents.id });
    await changeStatus(tx, applicationId, "paused", {
      reason: `${host} sent a code ${how}: waiting for the person to give it`,
      failureCode: "verification_code",
    });
    await releaseLease(tx, applicationId);
    return row?.id ?? null;
  });
  const minutes = Math.max(1, Math.round(settings.interruptions.codeTimeoutSeconds / 60));
  const sent = await tellPerson(deps.notifier, deps.logger, {
    text: `${siteName(about, host)} sent a code ${how} for ${jobName(about)}. Reply with the code (the tab waits ${minutes} min).`,
  });
  await db.insert(schema.applicationEvents).values({
    applicationId,
    eventType: "code_requested",
    eventDetail: `a code ${how}, asked on ${host}`,
    payload: { twoFactorEventId, method: request.method, host, messageId: sent?.messageId ?? null },
  });
  deps.logger.info({ applicationId, method: request.method, told: sent !== undefined }, "waiting for a code");
  await publishApplications(deps, [applicationId]);
  return { waitSeconds: settings.interruptions.codeTimeoutSeconds };
}

/** The tab stopped waiting for the code (the outcome `interrupted`/verification_code): the request timed out. */
export async function codeTimedOut(db: Db, applicationId: string): Promise<void> {
  await db
    .update(schema.twoFactorEvents)
    .set({ status: "timeout" })
    .where(and(eq(schema.twoFactorEvents.applicationId, applicationId), eq(schema.twoFactorEvents.status, "pending")));
}
