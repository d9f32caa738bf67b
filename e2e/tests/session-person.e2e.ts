import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { startTelegramStandIn, type TelegramStandIn } from "@nyx/server/testing/telegram";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCases } from "../forms/form-case.ts";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { ADA, FAST_SESSION, FORMS, waitForSession } from "../session/session-rig.ts";
import { type JobBoard, serveJobBoard } from "../support/job-board.ts";

const CHECKPOINT = fileURLToPath(new URL("../../../shared/fixtures/linkedin/checkpoint/", import.meta.url));
const checkpoint = JSON.parse(readFileSync(`${CHECKPOINT}expected.json`, "utf8")) as { url: string };
const LINKEDIN_JOB = "https://www.linkedin.com/jobs/view/4012399881/";

/**
 * The person in the loop, over Telegram (a local stand-in of the Bot API that the real grammy
 * client talks to): a code the site sent by SMS is asked for on the phone and the reply is typed
 * into the waiting form; a CAPTCHA that beats three attempts reaches the phone with a picture; a
 * LinkedIn security check pauses the whole session and says so.
 */
describe("a session that needs the person", () => {
  let rig: FormRig;
  let board: JobBoard;
  let phone: TelegramStandIn;
  const cases = loadCases(FORMS);
  const kase = (name: string) => {
    const found = cases.find((c) => c.name === name);
    if (!found) throw new Error(`no case ${name}`);
    return found;
  };

  beforeAll(async () => {
    phone = await startTelegramStandIn();
    rig = await startFormRig({
      profile: ADA,
      env: { TELEGRAM_BOT_TOKEN: phone.token, TELEGRAM_CHAT_ID: phone.chatId, TELEGRAM_API_ROOT: phone.apiRoot },
      settings: { interruptions: { captchaAttempts: 3, captchaAttemptSeconds: 1, codeTimeoutSeconds: 120 } },
    });
    await rig.api("/api/settings", { method: "PUT", json: FAST_SESSION });
    board = await serveJobBoard(rig.browser.context, [
      { kase: kase("sms-code"), k: 1 },
      { kase: kase("with-captcha"), k: 1 },
    ]);
    // LinkedIn sends the job's address to its security check (registered last, so it is asked first).
    await rig.browser.context.route(
      (url) => url.hostname === "www.linkedin.com",
      async (route) => {
        const url = route.request().url();
        // A client-side redirect: Playwright does not follow a fulfilled 302 in a reused tab.
        if (url.startsWith(LINKEDIN_JOB))
          return route.fulfill({
            status: 200,
            contentType: "text/html",
            body: `<script>location.replace(${JSON.stringify(checkpoint.url)})</script>`,
          });
        if (url === checkpoint.url)
          return route.fulfill({
            status: 200,
            contentType: "text/html",
            body: readFileSync(`${CHECKPOINT}index.html`),
          });
        return route.abort("internetdisconnected");
      },
    );
  });
  afterAll(async () => {
    await rig?.close();
    await phone?.close();
  });

  it("asks for the SMS code on the phone and types the reply in; a CAPTCHA beaten 3 times reaches the phone", async () => {
    const [smsUrl, captchaUrl] = board.urls;
    for (const url of board.urls) await rig.api("/api/applications", { json: { url } });
    await rig.api("/api/session/start", { json: {} });

    const ask = await waitForMessage(phone, /code/i);
    expect(ask.text).toContain(new URL(smsUrl ?? "").hostname);
    expect(ask.parseMode).toBeUndefined();
    phone.userSays("123456", { replyTo: ask.messageId });

    const told = await waitForMessage(phone, /CAPTCHA/i);
    expect(told.method).toBe("sendPhoto");
    expect(told.photo?.size ?? 0).toBeGreaterThan(1000);
    expect(told.text).toContain(new URL(captchaUrl ?? "").hostname);

    const ended = await waitForSession(rig, (s) => s.status === "completed" && s.counts.inProgress === 0);
    expect(ended.counts).toMatchObject({ attempted: 2, submitted: 1, paused: 1 });
    expect(ended.waiting.map((w) => w.kind)).toEqual(["captcha"]);
    expect(board.sentCount(smsUrl ?? "")).toBe(1);
    expect(board.submissions.find((s) => s.url === smsUrl)?.received.fields.verification_code).toEqual(["123456"]);
    expect(board.sentCount(captchaUrl ?? "")).toBe(0);
  });

  it("pauses the whole session at a LinkedIn security check and tells the phone", async () => {
    const before = phone.sent.length;
    await rig.api("/api/applications", { json: { url: LINKEDIN_JOB } });
    await rig.api("/api/session/start", { json: {} });
    const paused = await waitForSession(rig, (s) => s.status === "paused", 90_000);
    expect(paused.reason).toMatch(/security check/i);
    expect(paused.waiting.map((w) => w.kind)).toEqual(["checkpoint"]);
    const told = await waitForMessage(phone, /paused the session/i, before);
    expect(told.text).toMatch(/\/resume/);
    // Nothing more is sent anywhere while the session waits.
    expect(board.submissions).toHaveLength(1);
  });
});

async function waitForMessage(phone: TelegramStandIn, pattern: RegExp, from = 0, timeoutMs = 120_000) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const found = phone.sent.slice(from).find((m) => pattern.test(m.text ?? ""));
    if (found) return found;
    if (Date.now() > end) throw new Error(`no Telegram message like ${pattern}: ${JSON.stringify(phone.sent)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
