import { Bot } from "grammy";
import type { Logger } from "pino";
import type { PersonCommands } from "../types.ts";
import { conversation } from "./conversation.ts";
import { createDelivery, type Deliver } from "./deliver.ts";
import { type PollingOptions, startPolling } from "./polling.ts";

export interface BotSettings {
  token: string;
  apiRoot: string;
  chatId: string;
  sendBudgetMs: number;
  staleAfterMs: number;
  polling: PollingOptions;
}

export interface TelegramBot {
  deliver: Deliver;
  /** Starts long polling in the background; the handle stops it. */
  poll(): { stop(): Promise<void> };
}

/** The grammy bot for the one configured chat: plain-text delivery and the person's commands. */
export function createBot(settings: BotSettings, commands: PersonCommands, log: Logger): TelegramBot {
  const bot = new Bot(settings.token, { client: { apiRoot: settings.apiRoot } });
  const deliver = createDelivery({
    api: bot.api,
    chatId: settings.chatId,
    logger: log,
    budgetMs: settings.sendBudgetMs,
  });
  bot.use(
    conversation({ chatId: settings.chatId, commands, deliver, logger: log, staleAfterMs: settings.staleAfterMs }),
  );
  return { deliver, poll: () => startPolling(bot, log, settings.polling) };
}
