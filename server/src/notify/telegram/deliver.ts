import { setTimeout as sleep } from "node:timers/promises";
import { type Api, InputFile } from "grammy";
import type { Logger } from "pino";
import type { PersonMessage } from "../types.ts";
import { forGrammy, type GrammySignal } from "./abort.ts";
import { describeFailure, isTransient } from "./failure.ts";
import { CAPTION_LIMIT, TEXT_LIMIT } from "./limits.ts";

const ATTEMPTS = 3;
const FIRST_BACKOFF_MS = 500;

export interface DeliveryOptions {
  api: Api;
  chatId: string;
  logger: Logger;
  /** The longest a caller waits for one message, retries included. */
  budgetMs: number;
}

/** Sends to the one configured chat, as plain text; resolves undefined (logged) instead of throwing. */
export type Deliver = (message: PersonMessage, replyTo?: number) => Promise<{ messageId: number } | undefined>;

export function createDelivery({ api, chatId, logger, budgetMs }: DeliveryOptions): Deliver {
  return async (message, replyTo) => {
    const common = {
      // No parse_mode: the text is shown exactly as written, nothing in it becomes markup.
      ...(replyTo === undefined
        ? {}
        : { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }),
    };
    const sent = await withRetries<{ message_id: number }>(logger, budgetMs, (signal) =>
      message.photo === undefined
        ? api.sendMessage(
            chatId,
            cap(message.text, TEXT_LIMIT),
            { ...common, link_preview_options: { is_disabled: true } },
            signal,
          )
        : api.sendPhoto(
            chatId,
            new InputFile(message.photo.bytes, message.photo.filename),
            { ...common, caption: cap(message.text, CAPTION_LIMIT) },
            signal,
          ),
    );
    return sent === undefined ? undefined : { messageId: sent.message_id };
  };
}

/** Cuts a text to `limit` code units, ending with "…" when cut, never inside a surrogate pair. */
export function cap(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

async function withRetries<T>(
  logger: Logger,
  budgetMs: number,
  call: (signal: GrammySignal) => Promise<T>,
): Promise<T | undefined> {
  const deadline = Date.now() + budgetMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call(forGrammy(AbortSignal.timeout(Math.max(1, deadline - Date.now()))));
    } catch (error) {
      const failure = describeFailure(error);
      const waitMs =
        failure.kind === "refused" && failure.retryAfterSeconds !== undefined
          ? failure.retryAfterSeconds * 1000
          : FIRST_BACKOFF_MS * 2 ** (attempt - 1);
      const retry = isTransient(failure) && attempt < ATTEMPTS && Date.now() + waitMs < deadline;
      const fields = { ...failure, attempt, ...(retry ? { retryInMs: waitMs } : {}) };
      if (retry) {
        logger.warn(fields, "Telegram message not sent yet; retrying");
        await sleep(waitMs);
        continue;
      }
      if (failure.kind === "refused") logger.error(fields, "Telegram refused the message");
      else if (failure.kind === "network") logger.error(fields, "Telegram message not sent: the network failed");
      else logger.error({ err: error, attempt }, "Telegram message not sent");
      return undefined;
    }
  }
}
