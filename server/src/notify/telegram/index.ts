import type { Logger } from "pino";
import type { Env } from "../../env.ts";
import type { Notifier, PersonCommands } from "../types.ts";
import type { TelegramBot } from "./bot.ts";
import type { PollingOptions } from "./polling.ts";

export { parseCode } from "./code.ts";
export { CAPTION_LIMIT, TEXT_LIMIT } from "./limits.ts";

export interface TelegramOptions {
  /** Longest wait for one `send`, retries included. Default 10 s. */
  sendBudgetMs?: number;
  polling?: Partial<PollingOptions>;
  /** Messages older than this are answered but not acted on (Nyx was off when they were sent). Default 15 min. */
  staleAfterMs?: number;
}

export type TelegramNotifier = Notifier & {
  /** Starts long polling in the background; resolves at once, never rejects. */
  start(): Promise<void>;
  /** Ends polling promptly (at most a few seconds); safe to call when not started. */
  stop(): Promise<void>;
};

const DEFAULTS = { sendBudgetMs: 10_000, staleAfterMs: 15 * 60_000 };
const POLLING_DEFAULTS: PollingOptions = { timeoutSeconds: 30, backoffMs: 1000, maxBackoffMs: 60_000 };

/**
 * The person's Telegram (PRODUCT.md §6): messages and photos to TELEGRAM_CHAT_ID as plain text,
 * and the commands the person sends back. Without TELEGRAM_BOT_TOKEN or TELEGRAM_CHAT_ID it is
 * disabled and touches no network.
 */
export function createTelegram(
  { env, logger }: { env: Env; logger: Logger },
  commands: PersonCommands,
  options: TelegramOptions = {},
): TelegramNotifier {
  const token = env.TELEGRAM_BOT_TOKEN;
  if (token === undefined || env.TELEGRAM_CHAT_ID === undefined) return disabled;
  const chatId = BigInt(env.TELEGRAM_CHAT_ID).toString(); // as Telegram writes it ("007" is chat 7)

  const settings = { ...DEFAULTS, ...options, polling: { ...POLLING_DEFAULTS, ...options.polling } };
  checkOptions(settings.sendBudgetMs, settings.staleAfterMs, settings.polling);
  const log = logger.child({ module: "telegram" });
  // grammy and the bot are loaded on first use, so a server without Telegram never loads them.
  let bot: Promise<TelegramBot> | undefined;
  const load = () =>
    (bot ??= import("./bot.ts").then(({ createBot }) =>
      createBot({ ...settings, token, chatId, apiRoot: env.TELEGRAM_API_ROOT.replace(/\/+$/, "") }, commands, log),
    ));

  let polling: Promise<{ stop(): Promise<void> } | undefined> | undefined;
  return {
    enabled: true,
    async send(message) {
      try {
        return await (await load()).deliver(message);
      } catch (error) {
        log.error({ err: error }, "Telegram could not be loaded");
        return undefined;
      }
    },
    async start() {
      polling ??= load().then(
        (b) => b.poll(),
        (error: unknown) => {
          log.error({ err: error }, "Telegram could not start");
          return undefined;
        },
      );
    },
    async stop() {
      const running = polling;
      polling = undefined;
      await (await running)?.stop();
    },
  };
}

const disabled: TelegramNotifier = {
  enabled: false,
  send: async () => undefined,
  start: async () => undefined,
  stop: async () => undefined,
};

function checkOptions(sendBudgetMs: number, staleAfterMs: number, polling: PollingOptions): void {
  const positive = { sendBudgetMs, staleAfterMs, ...polling };
  for (const [name, value] of Object.entries(positive)) {
    if (!Number.isFinite(value) || value < 0) throw new TypeError(`createTelegram: ${name} must be a number ≥ 0`);
  }
  if (polling.backoffMs > polling.maxBackoffMs)
    throw new TypeError("createTelegram: backoffMs must not exceed maxBackoffMs");
}
