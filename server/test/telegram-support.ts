import { parseEnv } from "../src/env.ts";
import { createLogger } from "../src/http/logging.ts";
import { createTelegram, type TelegramNotifier, type TelegramOptions } from "../src/notify/telegram/index.ts";
import type { PersonCommands } from "../src/notify/types.ts";
import type { TelegramStandIn } from "./stand-ins/telegram-bot-api.ts";

/** Test polling: short long-polls and quick backoff, so recovery is seen within a second. */
export const FAST: TelegramOptions = { polling: { timeoutSeconds: 5, backoffMs: 50, maxBackoffMs: 200 } };

export type RecordingCommands = PersonCommands & { calls: { name: string; args: unknown[] }[] };

/**
 * Person commands that answer "<name> answer" and remember how they were called; `fail` names
 * handlers that throw, `delayMs` makes every handler take that long.
 */
export function recordingCommands(fail: string[] = [], delayMs = 0): RecordingCommands {
  const calls: { name: string; args: unknown[] }[] = [];
  const handler =
    (name: string) =>
    async (...args: unknown[]) => {
      calls.push({ name, args });
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (fail.includes(name)) throw new Error(`${name} broke`);
      return `${name} answer`;
    };
  return {
    calls,
    status: handler("status"),
    pause: handler("pause"),
    resume: handler("resume"),
    stop: handler("stop"),
    queue: handler("queue"),
    code: async (code, replyTo) => {
      calls.push({ name: "code", args: [code, replyTo] });
      if (fail.includes("code")) throw new Error(`code ${code} broke`);
      return "Thanks, the code was typed into the form.";
    },
  };
}

export interface TelegramUnderTest {
  telegram: TelegramNotifier;
  commands: RecordingCommands;
  /** Every log line written so far (pino JSON). */
  logs: string[];
}

/** The real Telegram notifier (real grammy) pointed at the stand-in; `env` overrides the TELEGRAM_ variables. */
export function telegramFor(
  tg: TelegramStandIn,
  options: {
    env?: Record<string, string | undefined>;
    fail?: string[];
    delayMs?: number;
    telegram?: TelegramOptions;
  } = {},
): TelegramUnderTest {
  const logs: string[] = [];
  const logger = createLogger({ level: "debug", destination: { write: (line: string) => void logs.push(line) } });
  const env = parseEnv({
    TELEGRAM_BOT_TOKEN: tg.token,
    TELEGRAM_CHAT_ID: tg.chatId,
    TELEGRAM_API_ROOT: tg.apiRoot,
    ...options.env,
  });
  const commands = recordingCommands(options.fail, options.delayMs);
  return { telegram: createTelegram({ env, logger }, commands, { ...FAST, ...options.telegram }), commands, logs };
}

/** Resolves once a log line contains `text` (polled), or fails after `timeoutMs`. */
export async function logged(logs: string[], text: string, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!logs.some((line) => line.includes(text))) {
    if (Date.now() > until) throw new Error(`no log line with "${text}" within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
