import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HELP_TEXT, SHORT_HELP } from "../src/notify/telegram/conversation.ts";
import { startTelegramStandIn, type TelegramStandIn } from "./stand-ins/telegram-bot-api.ts";
import { logged, type TelegramUnderTest, telegramFor } from "./telegram-support.ts";

/** The person talking to Nyx: long polling with the real grammy client against a local Bot API. */
describe("Telegram: commands from the person", () => {
  let tg: TelegramStandIn;
  let under: TelegramUnderTest | undefined;
  beforeEach(async () => {
    tg = await startTelegramStandIn();
  });
  afterEach(async () => {
    await under?.telegram.stop();
    under = undefined;
    await tg.close();
  });
  const start = async (options: Parameters<typeof telegramFor>[1] = {}) => {
    under = telegramFor(tg, options);
    await under.telegram.start();
    return under;
  };

  it("each command calls its handler and its answer comes back as a reply", async () => {
    const { commands } = await start();
    for (const name of ["status", "pause", "resume", "stop", "queue"]) {
      const asked = tg.userSays(`/${name}`);
      const reply = await tg.nextSent();
      expect(reply).toMatchObject({ chatId: tg.chatId, text: `${name} answer`, replyTo: asked });
      expect(reply.parseMode).toBeUndefined();
    }
    tg.userSays(`/status@${tg.botUsername}`);
    expect((await tg.nextSent()).text).toBe("status answer");
    expect(commands.calls.map((c) => c.name)).toEqual(["status", "pause", "resume", "stop", "queue", "status"]);

    tg.userSays("/help");
    expect((await tg.nextSent()).text).toBe(HELP_TEXT);
    tg.userSays("/start");
    expect((await tg.nextSent()).text).toBe(HELP_TEXT);
    tg.userSays("how are you?");
    expect((await tg.nextSent()).text).toBe(SHORT_HELP);
    expect(HELP_TEXT).toContain("/queue");
    expect(commands.calls).toHaveLength(6);
    expect(tg.calls.find((c) => c.method === "getUpdates")?.params.allowed_updates).toEqual(["message"]);
  });

  it("ignores a stranger: its /stop calls nothing and its chat gets no answer", async () => {
    const { commands, logs } = await start();
    tg.userSays("/stop", { chatId: "999111" });
    tg.userSays("Code: 246810", { chatId: "999111" });
    tg.userSays("/status");
    expect(await tg.nextSent()).toMatchObject({ chatId: tg.chatId, text: "status answer" });
    expect(commands.calls.map((c) => c.name)).toEqual(["status"]);
    expect(tg.sent.filter((m) => m.chatId === "999111")).toEqual([]);
    const text = logs.join("");
    expect(text).toContain('"chatId":999111');
    expect(text).not.toContain("246810");
    expect(text).not.toContain("/stop");
  });

  it("hands a code to commands.code with the message it answers, and logs no code", async () => {
    const { telegram, commands, logs } = await start();
    const ask = await telegram.send({ text: "Acme Corp on greenhouse asks for the code sent by SMS. Reply with it." });
    expect(await tg.nextSent()).toMatchObject({ messageId: ask?.messageId, chatId: tg.chatId });
    const answer = tg.userSays("Code: 482 913", { replyTo: ask?.messageId });
    expect(await tg.nextSent()).toMatchObject({ text: "Thanks, the code was typed into the form.", replyTo: answer });
    tg.userSays("AB12CD");
    await tg.nextSent();
    expect(commands.calls).toEqual([
      { name: "code", args: ["482913", ask?.messageId] },
      { name: "code", args: ["AB12CD", undefined] },
    ]);
    const text = logs.join("");
    expect(text).toContain("Telegram code received");
    expect(text).not.toContain("482");
    expect(text).not.toContain("AB12CD");
  });

  it("a handler that throws gets a plain error reply and the bot keeps running", async () => {
    const { commands, logs } = await start({ fail: ["pause", "code"] });
    tg.userSays("/pause");
    expect((await tg.nextSent()).text).toBe(
      "Nyx could not do /pause because of an error. Try again, or use the side panel.",
    );
    tg.userSays("777888");
    expect((await tg.nextSent()).text).toContain("could not take that code");
    tg.userSays("/status");
    expect((await tg.nextSent()).text).toBe("status answer");
    expect(commands.calls.map((c) => c.name)).toEqual(["pause", "code", "status"]);
    expect(logs.join("")).toContain("Telegram command failed");
    expect(logs.join("")).not.toContain("777888");
  });

  it("a message sent while Nyx was off is answered but not acted on", async () => {
    const { commands } = await start();
    tg.userSays("/stop", { date: Math.floor(Date.now() / 1000) - 3600 });
    expect((await tg.nextSent()).text).toContain("Nyx was not running when you sent this");
    expect(commands.calls).toEqual([]);
  });

  it("survives the API being down at start and later, and resumes polling when it is back", async () => {
    await tg.goOffline();
    const { commands, logs } = await start();
    await logged(logs, "Telegram polling failed");
    expect(logs.join("")).toContain("ECONNREFUSED");
    await tg.goOnline();
    await logged(logs, "Telegram bot connected");
    tg.userSays("/status");
    expect((await tg.nextSent()).text).toBe("status answer");

    await tg.goOffline(); // drops the held getUpdates
    const failures = logs.filter((line) => line.includes("Telegram polling failed")).length;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(logs.filter((line) => line.includes("Telegram polling failed")).length).toBeGreaterThan(failures);
    await tg.goOnline();
    tg.userSays("/queue");
    expect((await tg.nextSent()).text).toBe("queue answer");
    await logged(logs, "Telegram polling resumed");
    expect(commands.calls.map((c) => c.name)).toEqual(["status", "queue"]);
    expect(logs.join("")).not.toContain(tg.token.split(":")[1]);
  });

  it("keeps retrying a refused token without crashing, and stop() ends polling promptly", async () => {
    const { telegram, logs } = await start({ env: { TELEGRAM_BOT_TOKEN: "987654:WrongTokenWrongTokenWrong" } });
    await logged(logs, '"errorCode":401');
    await logged(logs, '"failures":2');
    expect(logs.join("")).not.toContain("WrongTokenWrongTokenWrong");
    const started = Date.now();
    await telegram.stop();
    expect(Date.now() - started).toBeLessThan(1000);
    const calls = tg.calls.length;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(tg.calls.length).toBe(calls);
  });

  it("stop() ends a held long poll at once", async () => {
    const { telegram, logs } = await start();
    await logged(logs, "Telegram bot connected");
    await new Promise((resolve) => setTimeout(resolve, 100)); // the getUpdates call is now held open
    const started = Date.now();
    await telegram.stop();
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("stop() during a command lets it finish and confirms it, so the next start does not repeat it", async () => {
    const { telegram, commands } = await start({ delayMs: 300 });
    tg.userSays("/pause");
    tg.userSays("/stop");
    while (commands.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await telegram.stop();
    expect((await tg.nextSent()).text).toBe("pause answer");
    expect(commands.calls.map((c) => c.name)).toEqual(["pause"]);

    const again = telegramFor(tg);
    under = again;
    await again.telegram.start();
    expect((await tg.nextSent()).text).toBe("stop answer"); // the /stop not yet handled comes again, the /pause does not
    tg.userSays("/queue");
    expect((await tg.nextSent()).text).toBe("queue answer");
    expect(again.commands.calls.map((c) => c.name)).toEqual(["stop", "queue"]);
  });
});
