import type { Db } from "@nyx/db";
import type { SendMailOptions } from "nodemailer";
import pRetry from "p-retry";
import type { Logger } from "pino";
import { type Env, featureStates } from "../env.ts";
import { recordFollowUpReminders } from "../tracker/follow-ups.ts";
import { buildSessionDigest } from "./build.ts";
import { markSent, recordNotSent, writeAndClaim } from "./digest-row.ts";
import { plural } from "./format.ts";
import {
  type DigestTransport,
  senderOf,
  smtpErrorText,
  smtpTransport,
  transientSmtpFailure,
} from "./mail-transport.ts";
import { renderDigest } from "./render.ts";

export interface DigestDeps {
  db: Db;
  env: Env;
  logger: Logger;
  /** Sends the e-mail; by default an SMTP transport built from SMTP_* (and closed after the send). */
  transport?: DigestTransport;
  /** How a refused or failed send is tried again: `retries` more times, waiting from `minBackoffMs` doubling to `maxBackoffMs`. */
  retry?: { retries?: number; minBackoffMs?: number; maxBackoffMs?: number };
}

export type DigestSendStatus = "sent" | "already_sent" | "in_progress" | "not_configured" | "failed";

export interface DigestSendResult {
  /** The session's `session_digests` row. */
  digestId: string;
  /** Whether the digest e-mail has been accepted by the SMTP server (by this call or an earlier one). */
  sent: boolean;
  status: DigestSendStatus;
  /** Why it was not sent (no secrets, no addresses), for the person and the session log. */
  error?: string;
}

const DEFAULT_RETRY = { retries: 3, minBackoffMs: 2_000, maxBackoffMs: 30_000 };

/**
 * The digest e-mail of a session, once: writes (or brings up to date) the session's
 * `session_digests` row and sends the e-mail unless it was sent already or another call is sending
 * it now. `digest_email_sent` becomes true only once the SMTP server accepted the message. An SMTP
 * failure is retried with backoff, then recorded as a `digest_failed` session event and answered
 * with `sent: false` (never thrown), so a later call can send it. Without SMTP configured the row
 * is still written and the answer says why nothing was sent.
 *
 * Throws AppError not_found for an unknown session; database errors are not caught.
 */
export async function sendSessionDigest(deps: DigestDeps, sessionId: string): Promise<DigestSendResult> {
  const { db, env } = deps;
  const log = deps.logger.child({ module: "digest", sessionId });
  const digest = await buildSessionDigest(db, sessionId);
  const mail = renderDigest(digest);
  const smtp = featureStates(env).smtp;
  const to = smtp.configured || deps.transport ? env.DIGEST_EMAIL_TO : undefined;

  const claim = await writeAndClaim(db, digest, mail.text, to !== undefined);
  const { digestId } = claim;
  if (claim.kind === "already_sent") {
    log.info({ digestId }, "digest e-mail was sent before; not sending it again");
    return { digestId, sent: true, status: "already_sent" };
  }
  if (claim.kind === "in_progress") {
    log.info({ digestId }, "digest e-mail is being sent by another call");
    return { digestId, sent: false, status: "in_progress", error: "another call is sending this digest now" };
  }
  if (claim.kind === "written" || to === undefined) {
    const notice = smtp.notice ?? "DIGEST_EMAIL_TO not set: no digest e-mail";
    await recordNotSent(db, { sessionId, digestId, eventType: "digest_not_sent", message: notice });
    log.warn({ digestId }, notice);
    return { digestId, sent: false, status: "not_configured", error: notice };
  }

  const delivery = await deliver(deps, log, {
    from: senderOf(env),
    to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    // The same id on every try: a receiving server that saw it once may drop a repeat.
    messageId: `<nyx-digest-${sessionId}@nyx-venatrix.local>`,
    headers: { "Auto-Submitted": "auto-generated" },
  });
  if (!delivery.ok) {
    const error = `the digest e-mail was not sent (${plural(delivery.attempts, "attempt")}): ${delivery.error}`;
    log.error({ digestId, attempts: delivery.attempts }, "digest e-mail not sent; a later call may send it");
    await recordNotSent(
      db,
      { sessionId, digestId, eventType: "digest_failed", message: error },
      {
        attempts: delivery.attempts,
      },
    ).catch((failure: unknown) => log.error({ digestId, err: failure }, "could not record the failed digest send"));
    return { digestId, sent: false, status: "failed", error };
  }

  log.info({ digestId, attempts: delivery.attempts }, "digest e-mail sent");
  try {
    await markSent(db, { sessionId, digestId, claimId: claim.claimId, attempts: delivery.attempts });
    if (digest.userId && digest.followUps.length > 0)
      await recordFollowUpReminders(
        db,
        digest.userId,
        digest.followUps.map((f) => f.applicationId),
        { days: digest.followUpDays, channel: "digest", now: digest.generatedAt },
      );
  } catch (failure) {
    log.error({ digestId, err: failure }, "digest e-mail sent, but recording it failed");
    return { digestId, sent: true, status: "sent", error: "sent, but the session_digests row could not be updated" };
  }
  return { digestId, sent: true, status: "sent" };
}

type Delivery = { ok: true; attempts: number } | { ok: false; attempts: number; error: string };

/** Hands the message to SMTP, trying again after transient failures; never throws. */
async function deliver(deps: DigestDeps, log: Logger, message: SendMailOptions): Promise<Delivery> {
  const retry = { ...DEFAULT_RETRY, ...deps.retry };
  const own = deps.transport ? undefined : await smtpTransport(deps.env);
  const transport = deps.transport ?? own;
  let attempts = 0;
  try {
    await pRetry(
      async () => {
        attempts++;
        if (!transport) throw new Error("no SMTP transport");
        return transport.sendMail(message);
      },
      {
        retries: retry.retries,
        factor: 2,
        minTimeout: retry.minBackoffMs,
        maxTimeout: retry.maxBackoffMs,
        randomize: true,
        shouldRetry: ({ error }) => transientSmtpFailure(error),
        onFailedAttempt: ({ error, attemptNumber, retriesLeft }) => {
          log.warn(
            { attempt: attemptNumber, retriesLeft, error: smtpErrorText(error, deps.env) },
            "digest send failed",
          );
        },
      },
    );
    return { ok: true, attempts };
  } catch (thrown) {
    return { ok: false, attempts, error: smtpErrorText(thrown, deps.env) };
  } finally {
    own?.close();
  }
}
