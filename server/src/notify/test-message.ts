import type { NotificationChannel, NotificationTestResult } from "@nyx/shared";
import type { Logger } from "pino";
import type { DigestTransport } from "../digest/mail-transport.ts";
import { senderOf, smtpErrorText, smtpTransport } from "../digest/mail-transport.ts";
import { type Env, featureStates } from "../env.ts";
import type { Notifier } from "./types.ts";

const TEXT = "Nyx Venatrix test message: this channel works. Nothing else was sent.";

/** Which channels are configured; for the side panel's Settings (no secrets, no addresses). */
export function notificationChannels(env: Env, notifier: Notifier | undefined): NotificationChannel[] {
  const features = featureStates(env);
  const telegram = notifier?.enabled === true;
  return [
    {
      channel: "telegram",
      configured: telegram,
      purpose: "CAPTCHAs, verification codes and checkpoints that need you; commands from your phone",
      ...(telegram ? {} : { notice: features.telegram.notice ?? "Telegram is not running in this server" }),
    },
    {
      channel: "email",
      configured: features.smtp.configured,
      purpose: "the digest e-mail after each session",
      ...(features.smtp.notice ? { notice: features.smtp.notice } : {}),
    },
  ];
}

export interface TestMessageDeps {
  env: Env;
  logger: Logger;
  notifier: Notifier | undefined;
  /** The digest mailer's transport; by default the SMTP transport SMTP_* describes. */
  transport?: DigestTransport;
}

/**
 * Sends one test message through every configured channel: the Telegram notifier and the digest
 * mailer (to DIGEST_EMAIL_TO). Never throws for a channel's failure: each result says what happened.
 */
export async function sendTestMessage(deps: TestMessageDeps): Promise<NotificationTestResult[]> {
  const log = deps.logger.child({ module: "notification-test" });
  const [telegram, email] = notificationChannels(deps.env, deps.notifier);
  const results: NotificationTestResult[] = [];

  if (telegram?.configured && deps.notifier) {
    const delivered = await deps.notifier.send({ text: TEXT });
    results.push(
      delivered
        ? { channel: "telegram", status: "sent", detail: "sent to the Telegram chat in TELEGRAM_CHAT_ID" }
        : {
            channel: "telegram",
            status: "failed",
            detail:
              "Telegram did not take the message: check TELEGRAM_BOT_TOKEN and TELEGRAM_CHAT_ID (the log says more)",
          },
    );
  } else {
    results.push({ channel: "telegram", status: "not_configured", detail: telegram?.notice ?? "not configured" });
  }

  if (email?.configured) {
    const own = deps.transport ? undefined : await smtpTransport(deps.env);
    const transport = deps.transport ?? own;
    try {
      await transport?.sendMail({
        from: senderOf(deps.env),
        to: deps.env.DIGEST_EMAIL_TO,
        subject: "Nyx Venatrix test message",
        text: `${TEXT}\n\nSession digests will arrive at this address.`,
        headers: { "Auto-Submitted": "auto-generated" },
      });
      results.push({ channel: "email", status: "sent", detail: "sent to the digest address in DIGEST_EMAIL_TO" });
    } catch (error) {
      const why = smtpErrorText(error, deps.env);
      log.warn({ error: why }, "test e-mail not sent");
      results.push({
        channel: "email",
        status: "failed",
        detail: `the SMTP server did not take the test e-mail: ${why}. Check SMTP_HOST, SMTP_PORT, SMTP_USER and SMTP_PASSWORD.`,
      });
    } finally {
      own?.close();
    }
  } else {
    results.push({ channel: "email", status: "not_configured", detail: email?.notice ?? "not configured" });
  }

  log.info({ results: results.map((r) => `${r.channel}:${r.status}`) }, "test message");
  return results;
}
