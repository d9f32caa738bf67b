import type { Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import type { Env } from "../env.ts";
import { redactSecrets } from "../llm/redact.ts";

/** What the digest needs of a nodemailer transport (tests and the session runner may pass their own). */
export type DigestTransport = Pick<Transporter<SMTPTransport.SentMessageInfo>, "sendMail">;

/**
 * The SMTP transport the environment describes. Timeouts are kept short so that one send, with
 * its retries, ends well within the time another server waits before it may try again. nodemailer
 * is loaded when mail is first sent, not with the server: most of the time none is.
 */
export async function smtpTransport(env: Env): Promise<Transporter<SMTPTransport.SentMessageInfo>> {
  const { default: nodemailer } = await import("nodemailer");
  return nodemailer.createTransport({
    host: env.SMTP_HOST,
    port: env.SMTP_PORT,
    secure: env.SMTP_SECURE === undefined ? env.SMTP_PORT === 465 : env.SMTP_SECURE === "true",
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASSWORD ?? "" } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
}

/** Who the digest is from: SMTP_FROM, else the person's own address. */
export function senderOf(env: Env): string | undefined {
  return env.SMTP_FROM ?? env.DIGEST_EMAIL_TO;
}

interface SmtpFailure {
  code?: unknown;
  responseCode?: unknown;
}

/**
 * Whether trying again may help: a 4xx answer or a network failure may pass; a 5xx answer
 * (recipient refused, message rejected), a refused login or a bad envelope will not.
 */
export function transientSmtpFailure(error: unknown): boolean {
  const failure = (typeof error === "object" && error !== null ? error : {}) as SmtpFailure;
  if (failure.code === "EAUTH" || failure.code === "EENVELOPE") return false;
  return typeof failure.responseCode === "number" ? failure.responseCode < 500 : true;
}

const ADDRESS = /[^\s<>@"'(),;:]+@[^\s<>@"'(),;:]+/g;

/** An SMTP error as it may be stored and logged: no credentials, no e-mail addresses, one short line. */
export function smtpErrorText(error: unknown, env: Env): string {
  const message = error instanceof Error ? error.message : String(error);
  const secrets = [env.SMTP_PASSWORD, env.SMTP_USER, env.DIGEST_EMAIL_TO, env.SMTP_FROM].filter(
    (s): s is string => s !== undefined,
  );
  return redactSecrets(message, secrets).replace(ADDRESS, "[address]");
}
