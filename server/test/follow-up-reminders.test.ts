import { DRIVERS } from "@nyx/db/testing";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendSessionDigest } from "../src/digest/index.ts";
import { parseEnv } from "../src/env.ts";
import { createLogger } from "../src/http/logging.ts";
import { remindFollowUps } from "../src/tracker/follow-up-reminders.ts";
import { createSession, endSession } from "./digest-session.ts";
import { startSmtpStandIn } from "./stand-ins/smtp.ts";
import { startTelegramStandIn, type TelegramStandIn } from "./stand-ins/telegram-bot-api.ts";
import type { TestApp } from "./support.ts";
import { telegramFor } from "./telegram-support.ts";
import { type SeedSpec, seedApplication, trackerApp } from "./tracker-seed.ts";

const DAY = 86_400_000;

/** Follow-up reminders reach the phone through the real grammy client and a local Bot API stand-in. */
describe.each(DRIVERS)("follow-up reminders on the phone (%s)", (driver) => {
  let s: TestApp;
  let tg: TelegramStandIn;
  let userId = "";
  const ids: Record<string, string> = {};
  const now = new Date();
  const logger = createLogger({ level: "silent" });
  const submitted = (key: string, days: number): SeedSpec => ({
    key,
    title: `Platform Engineer ${key}`,
    company: "Northwind Labs",
    effort: "medium",
    score: 0.7,
    status: "submitted",
    createdAt: new Date(now.getTime() - (days + 0.01) * DAY).toISOString(),
    submittedAt: new Date(now.getTime() - days * DAY).toISOString(),
  });
  const reminded = async () =>
    (
      await s.t.database.db.execute<{ id: string; channel: string }>(
        sql`select application_id as id, payload->>'channel' as channel from application_events
             where event_type = 'follow_up_reminder' order by application_id`,
      )
    ).rows;

  beforeAll(async () => {
    tg = await startTelegramStandIn();
    const made = await trackerApp(driver, submitted("stranger", 30));
    s = made.s;
    userId = made.userId;
    ids.old = await seedApplication(s.t.database.db, userId, submitted("old", 14));
    ids.recent = await seedApplication(s.t.database.db, userId, submitted("recent", 3));
  });
  afterAll(async () => {
    await s?.dispose();
    await tg?.close();
  });

  it("does nothing without Telegram: the digest lists them instead", async () => {
    const { telegram } = telegramFor(tg, { env: { TELEGRAM_BOT_TOKEN: undefined, TELEGRAM_CHAT_ID: undefined } });
    expect(telegram.enabled).toBe(false);
    const sent = await remindFollowUps({ db: s.t.database.db, logger, dataDir: s.dataDir, notifier: telegram }, now);
    expect(sent).toEqual([]);
    expect(await reminded()).toEqual([]);
  });

  it("keeps them due when Telegram refuses the message, and sends them once when it takes it", async () => {
    const { telegram } = telegramFor(tg, { telegram: { sendBudgetMs: 300 } });
    const deps = { db: s.t.database.db, logger, dataDir: s.dataDir, notifier: telegram };
    tg.failNext(1, { status: 400, description: "Bad Request: chat not found" }, "sendMessage");
    expect(await remindFollowUps(deps, now)).toEqual([]);
    expect(await reminded()).toEqual([]);

    const before = tg.sent.length;
    const sent = await remindFollowUps(deps, now);
    expect(sent.map((f) => f.applicationId)).toEqual([ids.old]);
    const message = tg.sent.slice(before).map((m) => m.text ?? "");
    expect(message).toHaveLength(1);
    expect(message[0]).toMatch(/No answer after 10 days/);
    expect(message[0]).toContain("Platform Engineer old at Northwind Labs: 14 days");
    expect(message[0]).not.toContain("recent");
    expect(message[0]).not.toContain("stranger");
    expect(await reminded()).toEqual([{ id: ids.old, channel: "telegram" }]);

    expect(await remindFollowUps(deps, now)).toEqual([]);
    expect(tg.sent.length).toBe(before + 1);
  });

  it("lists the ones not reminded yet in the session digest, and marks them reminded once it is sent", async () => {
    ids.older = await seedApplication(s.t.database.db, userId, submitted("older", 21));
    const smtp = await startSmtpStandIn();
    try {
      const env = parseEnv({ NYX_DATA_DIR: s.dataDir, ...smtp.env, DIGEST_EMAIL_TO: "person@example.com" });
      const retry = { retries: 0, minBackoffMs: 1, maxBackoffMs: 1 };
      const sessionId = await createSession(s.t.database.db, userId);
      await endSession(s.t.database.db, sessionId, 60);
      expect((await sendSessionDigest({ db: s.t.database.db, env, logger, retry }, sessionId)).status).toBe("sent");
      const text = smtp.messages[0]?.text ?? "";
      expect(text).toContain("No answer after 10 days: worth a follow-up");
      expect(text.split("\n")).toContain('- "Platform Engineer older" at Northwind Labs: 21 days since it was sent');
      // Reminded on the phone already: not listed again.
      expect(text).not.toContain('Platform Engineer old"');
      expect(await reminded()).toEqual(
        [
          { id: ids.old, channel: "telegram" },
          { id: ids.older, channel: "digest" },
        ].sort((x, y) => String(x.id).localeCompare(String(y.id))),
      );

      const next = await createSession(s.t.database.db, userId);
      await endSession(s.t.database.db, next, 60);
      await sendSessionDigest({ db: s.t.database.db, env, logger, retry }, next);
      expect(smtp.messages[1]?.text ?? "").not.toContain("worth a follow-up");
    } finally {
      await smtp.close();
    }
  });
});
