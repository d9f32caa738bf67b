import type { Db } from "@nyx/db";
import type { FollowUp } from "@nyx/shared";
import { Cron } from "croner";
import type { Logger } from "pino";
import type { Notifier } from "../notify/types.ts";
import { readOwner } from "../owner.ts";
import { loadSettings } from "../settings/store.ts";
import { dueFollowUps, recordFollowUpReminders } from "./follow-ups.ts";

export interface FollowUpDeps {
  db: Db;
  logger: Logger;
  dataDir: string;
  notifier: Notifier;
}

const MAX_LISTED = 10;

/** The phone message for follow-ups that are due: plain text, one line each, longest waiting first. */
export function followUpMessage(due: FollowUp[], days: number): string {
  const lines = due
    .slice(0, MAX_LISTED)
    .map(
      (f) => `- ${f.jobTitle || "(untitled)"}${f.company ? ` at ${f.company}` : ""}: ${f.daysWaiting} days, ${f.url}`,
    );
  const more = due.length > MAX_LISTED ? [`…and ${due.length - MAX_LISTED} more in the side panel's History.`] : [];
  return [
    `No answer after ${days} days or more: worth a follow-up (${due.length}).`,
    ...lines,
    ...more,
    "Record a reply in the side panel's History and it will not be listed again.",
  ].join("\n");
}

/**
 * Sends the follow-ups that are due to the person's phone, once each: an application is marked
 * reminded only when Telegram took the message. Without Telegram nothing is sent here and the
 * session digest lists them instead. Answers what was reminded.
 */
export async function remindFollowUps(deps: FollowUpDeps, now = new Date()): Promise<FollowUp[]> {
  const userId = readOwner(deps.dataDir)?.userId;
  if (!userId || !deps.notifier.enabled) return [];
  const days = (await loadSettings(deps.db)).followUpDays;
  const due = await dueFollowUps(deps.db, userId, { days, now });
  if (due.length === 0) return [];
  const sent = await deps.notifier.send({ text: followUpMessage(due, days) });
  if (!sent) return [];
  const reminded = await recordFollowUpReminders(
    deps.db,
    userId,
    due.map((f) => f.applicationId),
    { days, channel: "telegram", now },
  );
  deps.logger.info({ count: reminded.length }, "follow-up reminders sent");
  return reminded;
}

/** Checks for due follow-ups at start and then every hour; a failed check is logged and tried again next hour. */
export function scheduleFollowUpReminders(deps: FollowUpDeps): { stop(): void } {
  const check = async () => {
    await remindFollowUps(deps).catch((error: unknown) =>
      deps.logger.warn({ err: error }, "follow-up reminders not sent"),
    );
  };
  const job = new Cron("17 * * * *", { protect: true, unref: true }, check);
  void check();
  return { stop: () => job.stop() };
}
