import { ErrorBody, NotificationChannels, NotificationTestResponse } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SmtpStandIn, startSmtpStandIn } from "./stand-ins/smtp.ts";
import { startTelegramStandIn, type TelegramStandIn } from "./stand-ins/telegram-bot-api.ts";
import { createTestApp, type TestApp } from "./support.ts";
import { telegramFor } from "./telegram-support.ts";

const TO = "ada@example.com";

/** The Settings view's notification channels and its "send test message", through the real notifier and mailer. */
describe("notifications: channels and a test message", () => {
  let tg: TelegramStandIn;
  let smtp: SmtpStandIn;
  /** Telegram and the digest mailer configured, pointed at the stand-ins. */
  let configured: TestApp;
  /** Neither channel configured. */
  let bare: TestApp;
  beforeAll(async () => {
    tg = await startTelegramStandIn();
    smtp = await startSmtpStandIn();
    configured = await createTestApp({
      env: { ...smtp.env, DIGEST_EMAIL_TO: TO },
      notifier: telegramFor(tg).telegram,
    });
    bare = await createTestApp();
  });
  afterAll(async () => {
    await configured?.dispose();
    await bare?.dispose();
    await tg.close();
    await smtp.close();
  });

  it("sends one test message to the Telegram chat and one to the digest address, and says so", async () => {
    const s = configured;
    const channels = NotificationChannels.parse(await (await s.call("/api/notifications")).json());
    expect(channels.channels.map((c) => [c.channel, c.configured])).toEqual([
      ["telegram", true],
      ["email", true],
    ]);

    const before = { telegram: tg.sent.length, mail: smtp.messages.length };
    const response = await s.call("/api/notifications/test", { method: "POST", json: {} });
    expect(response.status).toBe(200);
    const body = NotificationTestResponse.parse(await response.json());
    expect(body.sent).toBe(true);
    expect(body.results.map((r) => [r.channel, r.status])).toEqual([
      ["telegram", "sent"],
      ["email", "sent"],
    ]);
    expect(tg.sent.slice(before.telegram)).toEqual([
      expect.objectContaining({
        method: "sendMessage",
        chatId: tg.chatId,
        text: expect.stringMatching(/test message/),
      }),
    ]);
    const mail = smtp.messages.slice(before.mail);
    expect(mail).toHaveLength(1);
    expect(mail[0]?.envelope.to).toEqual([TO]);
    expect(mail[0]?.subject).toBe("Nyx Venatrix test message");
    // What went where is named without the address or the chat id.
    expect(JSON.stringify(body)).not.toContain(TO);
    expect(JSON.stringify(body)).not.toContain(tg.chatId);
  });

  it("names what to set for a channel that is not configured, and sends nothing there", async () => {
    const s = bare;
    const channels = NotificationChannels.parse(await (await s.call("/api/notifications")).json());
    expect(channels.channels.every((c) => !c.configured && c.notice)).toBe(true);
    const before = { telegram: tg.sent.length, mail: smtp.attempts };
    const body = NotificationTestResponse.parse(
      await (await s.call("/api/notifications/test", { method: "POST", json: {} })).json(),
    );
    expect(body.sent).toBe(false);
    expect(body.results).toEqual([
      { channel: "telegram", status: "not_configured", detail: expect.stringMatching(/TELEGRAM_BOT_TOKEN/) },
      { channel: "email", status: "not_configured", detail: expect.stringMatching(/SMTP_HOST and DIGEST_EMAIL_TO/) },
    ]);
    expect(tg.sent.length).toBe(before.telegram);
    expect(smtp.attempts).toBe(before.mail);
  });

  it("reports a channel that refuses the message as failed, and still sends through the other", async () => {
    const s = configured;
    smtp.rejectNext(1, 550);
    const before = tg.sent.length;
    const body = NotificationTestResponse.parse(
      await (await s.call("/api/notifications/test", { method: "POST", json: {} })).json(),
    );
    expect(body.sent).toBe(true);
    expect(body.results[0]).toMatchObject({ channel: "telegram", status: "sent" });
    expect(body.results[1]).toMatchObject({
      channel: "email",
      status: "failed",
      detail: expect.stringMatching(/SMTP/),
    });
    expect(body.results[1]?.detail).not.toContain(TO);
    expect(tg.sent.length).toBe(before + 1);
  });

  it("is behind the token like every /api route", async () => {
    const s = bare;
    const response = await s.call("/api/notifications/test", {
      method: "POST",
      json: {},
      headers: { authorization: "Bearer wrong" },
    });
    expect(response.status).toBe(401);
    expect(ErrorBody.parse(await response.json()).code).toBe("unauthorized");
  });
});
