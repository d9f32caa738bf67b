import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CAPTION_LIMIT, parseCode, TEXT_LIMIT } from "../src/notify/telegram/index.ts";
import { startTelegramStandIn, type TelegramStandIn } from "./stand-ins/telegram-bot-api.ts";
import { telegramFor } from "./telegram-support.ts";

/** Sending to the person through the real grammy client and a local Bot API. */
describe("Telegram: sending", () => {
  let tg: TelegramStandIn;
  beforeEach(async () => {
    tg = await startTelegramStandIn();
  });
  afterEach(async () => {
    await tg.close();
  });

  it("sends text and photos as plain text to the person's chat, with link previews off", async () => {
    const { telegram } = telegramFor(tg);
    expect(telegram.enabled).toBe(true);
    const scraped = "Acme Corp (boards.example) needs a code: *bold* <b>x</b> [click](https://evil.example)";
    const text = await telegram.send({ text: scraped });
    const photo = await telegram.send({
      text: "The CAPTCHA beat 3 attempts at Acme Corp.",
      photo: { bytes: Buffer.alloc(2345, 7), filename: "captcha.png" },
    });

    expect(text).toEqual({ messageId: tg.sent[0]?.messageId });
    expect(photo).toEqual({ messageId: tg.sent[1]?.messageId });
    expect(tg.sent).toEqual([
      {
        method: "sendMessage",
        messageId: expect.any(Number),
        chatId: tg.chatId,
        text: scraped,
        linkPreviewDisabled: true,
      },
      {
        method: "sendPhoto",
        messageId: expect.any(Number),
        chatId: tg.chatId,
        text: "The CAPTCHA beat 3 attempts at Acme Corp.",
        photo: { size: 2345, filename: "captcha.png" },
        linkPreviewDisabled: false,
      },
    ]);
    expect(tg.calls.filter((c) => c.method.startsWith("send")).every((c) => !("parse_mode" in c.params))).toBe(true);
  });

  it("cuts a text to 4096 characters and a caption to 1024, never splitting an emoji", async () => {
    const { telegram } = telegramFor(tg);
    await telegram.send({ text: `${"a".repeat(TEXT_LIMIT - 2)}😀😀` });
    await telegram.send({ text: "b".repeat(3000), photo: { bytes: Buffer.from("png"), filename: "shot.png" } });
    const [long, caption] = tg.sent;
    expect(long?.text).toHaveLength(TEXT_LIMIT - 1);
    expect(long?.text.endsWith("a…")).toBe(true);
    expect(caption?.text).toHaveLength(CAPTION_LIMIT);
    expect(caption?.text.endsWith("b…")).toBe(true);
  });

  it("retries a 429 after its retry_after, and a dropped connection after a backoff", async () => {
    const { telegram, logs } = telegramFor(tg);
    tg.failNext(1, { status: 429, description: "Too Many Requests: retry after 1", retryAfter: 1 }, "sendMessage");
    const started = Date.now();
    const first = await telegram.send({ text: "Session paused." });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    expect(first).toEqual({ messageId: tg.sent[0]?.messageId });

    tg.failNext(1, "drop", "sendMessage");
    const second = await telegram.send({ text: "Session resumed." });
    expect(second).toEqual({ messageId: tg.sent[1]?.messageId });
    expect(tg.calls.filter((c) => c.method === "sendMessage")).toHaveLength(4);
    expect(logs.join("")).toContain("retrying");
  });

  it("gives up at once when retry_after is beyond its time budget", async () => {
    const { telegram, logs } = telegramFor(tg);
    tg.failNext(1, { status: 429, description: "Too Many Requests: retry after 30", retryAfter: 30 }, "sendMessage");
    const started = Date.now();
    expect(await telegram.send({ text: "Session paused." })).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(tg.sent).toEqual([]);
    expect(logs.join("")).toContain('"errorCode":429');
  });

  it("a refusal resolves undefined and is logged with method and description, never the text or token", async () => {
    const { telegram, logs } = telegramFor(tg, { env: { TELEGRAM_CHAT_ID: "777000" } });
    const secret = "Ada Lovelace, your code for Acme is needed";
    expect(await telegram.send({ text: secret })).toBeUndefined();
    expect(tg.calls.filter((c) => c.method === "sendMessage")).toHaveLength(1); // a 400 is not retried
    const text = logs.join("");
    expect(text).toContain("Telegram refused the message");
    expect(text).toContain('"method":"sendMessage"');
    expect(text).toContain("chat not found");
    expect(text).not.toContain("Ada Lovelace");
    expect(text).not.toContain(tg.token);
    expect(text).not.toContain(tg.token.split(":")[1]);
  });

  it("a network failure resolves undefined within its budget and logs the cause without the URL or token", async () => {
    const { telegram, logs } = telegramFor(tg, { telegram: { sendBudgetMs: 2500 } });
    await tg.goOffline();
    const started = Date.now();
    expect(await telegram.send({ text: "Secret text", photo: { bytes: Buffer.from("x"), filename: "a.png" } })).toBe(
      undefined,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    const text = logs.join("");
    expect(text).toContain("the network failed");
    expect(text).toContain("ECONNREFUSED");
    expect(text).toContain('"method":"sendPhoto"');
    expect(text).not.toContain("Secret text");
    expect(text).not.toContain(tg.token.split(":")[1]);
    expect(text).not.toContain(tg.apiRoot);
  });

  it("without a token or chat id it is disabled and touches no network", async () => {
    for (const env of [{ TELEGRAM_BOT_TOKEN: undefined }, { TELEGRAM_CHAT_ID: undefined }]) {
      const { telegram } = telegramFor(tg, { env });
      expect(telegram.enabled).toBe(false);
      await telegram.start();
      expect(await telegram.send({ text: "hello" })).toBeUndefined();
      await telegram.stop();
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(tg.calls).toEqual([]);
  });

  it("rejects bad options up front", () => {
    expect(() => telegramFor(tg, { telegram: { sendBudgetMs: -1 } })).toThrow(TypeError);
    expect(() => telegramFor(tg, { telegram: { polling: { backoffMs: 5000, maxBackoffMs: 10 } } })).toThrow(
      /backoffMs/,
    );
  });
});

describe("parseCode", () => {
  it.each([
    ["123456", "123456"],
    ["Code: 123456", "123456"],
    ["code 123456", "123456"],
    ["the code is 123 456", "123456"],
    ["  123-456 ", "123456"],
    ["AB12CD", "AB12CD"],
    ["OTP: 9X7Y", "9X7Y"],
    ["482913.", "482913"],
  ])("reads %j as %j", (message, code) => {
    expect(parseCode(message)).toBe(code);
  });

  it.each(["hello", "thanks", "yes", "12", "1234567890123", "I am 25", "/status", "what is 123456?", "code", ""])(
    "does not read %j as a code",
    (message) => {
      expect(parseCode(message)).toBeUndefined();
    },
  );
});
