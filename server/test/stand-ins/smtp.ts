import type { AddressInfo } from "node:net";
import type { Readable } from "node:stream";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer, type SMTPServerAddress } from "smtp-server";

/**
 * A local SMTP server for tests (the real smtp-server package on 127.0.0.1, plain SMTP without
 * TLS): nodemailer talks to it as to any mail server. Every accepted message is parsed with
 * mailparser and kept; the next messages can be refused (to see retries), or slowed down.
 *
 *   const smtp = await startSmtpStandIn();
 *   parseEnv({ ...smtp.env, DIGEST_EMAIL_TO: "ada@example.com" });
 *   smtp.rejectNext(2); …; expect(smtp.messages).toHaveLength(1); await smtp.close();
 */

export interface ReceivedMail {
  envelope: { from: string | null; to: string[] };
  /** The user name the client logged in with, when it did. */
  user: string | undefined;
  subject: string | undefined;
  text: string | undefined;
  /** The HTML part as it arrived (false when there was none). */
  html: string | false;
  messageId: string | undefined;
  parsed: ParsedMail;
}

export interface SmtpStandInOptions {
  /** When set, a login with other credentials is refused (535); without it any login, or none, is accepted. */
  credentials?: { user: string; pass: string };
  /** Delay before a message is answered. */
  latencyMs?: number;
}

export interface SmtpStandIn {
  readonly host: string;
  readonly port: number;
  /** SMTP_* variables that point nodemailer at this server. */
  readonly env: { SMTP_HOST: string; SMTP_PORT: string; SMTP_SECURE: "false" };
  /** Every message accepted, in order. */
  readonly messages: ReceivedMail[];
  /** Every message a client tried to send (accepted or refused). */
  readonly attempts: number;
  latencyMs: number;
  /** The next `count` messages are refused after their data arrives (451: try later; 5xx: permanent). */
  rejectNext(count: number, responseCode?: number): void;
  close(): Promise<void>;
}

export async function startSmtpStandIn(options: SmtpStandInOptions = {}): Promise<SmtpStandIn> {
  const messages: ReceivedMail[] = [];
  let attempts = 0;
  const rejections: number[] = [];
  const state = { latencyMs: options.latencyMs ?? 0 };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    allowInsecureAuth: true,
    disableReverseLookup: true,
    logger: false,
    size: 10 * 1024 * 1024,
    onAuth(auth, _session, callback) {
      const wanted = options.credentials;
      if (wanted && (auth.username !== wanted.user || auth.password !== wanted.pass)) {
        callback(withCode(new Error("Authentication credentials invalid"), 535));
        return;
      }
      callback(null, { user: auth.username ?? "" });
    },
    onData(stream, session, callback) {
      attempts++;
      const refusal = rejections.shift();
      void readAll(stream).then(async (raw) => {
        if (state.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, state.latencyMs));
        if (refusal !== undefined) {
          callback(withCode(new Error(refusal < 500 ? "Try again later" : "Message rejected"), refusal));
          return;
        }
        try {
          const parsed = await simpleParser(raw);
          messages.push({
            envelope: { from: addressOf(session.envelope.mailFrom), to: session.envelope.rcptTo.map((r) => r.address) },
            user: typeof session.user === "string" ? session.user : undefined,
            subject: parsed.subject,
            text: parsed.text,
            html: parsed.html ?? false,
            messageId: parsed.messageId,
            parsed,
          });
          callback(null, "Message queued");
        } catch (error) {
          callback(withCode(error instanceof Error ? error : new Error(String(error)), 554));
        }
      }, callback);
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address() as AddressInfo;

  return {
    host: "127.0.0.1",
    port: address.port,
    env: { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(address.port), SMTP_SECURE: "false" },
    messages,
    get attempts() {
      return attempts;
    },
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(ms: number) {
      state.latencyMs = ms;
    },
    rejectNext(count, responseCode = 451) {
      for (let i = 0; i < count; i++) rejections.push(responseCode);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function withCode(error: Error, responseCode: number): Error {
  return Object.assign(error, { responseCode });
}

function addressOf(from: SMTPServerAddress | false): string | null {
  return from ? from.address : null;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
