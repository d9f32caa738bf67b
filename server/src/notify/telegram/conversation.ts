import { Composer, type Context } from "grammy";
import type { Logger } from "pino";
import type { PersonCommands } from "../types.ts";
import { parseCode } from "./code.ts";
import type { Deliver } from "./deliver.ts";

export const COMMANDS = [
  { command: "status", description: "what Nyx is doing now" },
  { command: "pause", description: "pause applying; open applications wait" },
  { command: "resume", description: "go on applying" },
  { command: "stop", description: "end the session" },
  { command: "queue", description: "what is waiting to be applied to" },
] as const;
type CommandName = (typeof COMMANDS)[number]["command"];

export const HELP_TEXT = [
  "Nyx Venatrix answers these commands:",
  ...COMMANDS.map(({ command, description }) => `/${command} - ${description}`),
  "When Nyx asks for a verification code, reply with the code (for example 123456).",
].join("\n");
export const SHORT_HELP =
  "Nyx did not understand that. Send /help for the commands, or reply with a verification code when Nyx asks for one.";

export interface ConversationOptions {
  chatId: string;
  commands: PersonCommands;
  deliver: Deliver;
  logger: Logger;
  /** A message older than this (Nyx was not running when it was sent) is not acted on. */
  staleAfterMs: number;
}

/**
 * What the bot does with a message: only the configured chat is heard (anything else is dropped
 * without an answer), each command calls its handler and sends back its text, a code goes to the
 * application waiting for it, and anything else gets a short help. Replies are plain text.
 */
export function conversation({
  chatId,
  commands,
  deliver,
  logger,
  staleAfterMs,
}: ConversationOptions): Composer<Context> {
  const reply = async (ctx: Context, text: string) => {
    await deliver({ text }, ctx.msg?.message_id);
  };

  const chat = new Composer<Context>();
  chat.on("message", async (ctx, next) => {
    if (String(ctx.chat.id) !== chatId) {
      logger.info({ chatId: ctx.chat.id }, "Telegram message from another chat ignored");
      return;
    }
    const ageMs = Date.now() - ctx.message.date * 1000;
    if (ageMs > staleAfterMs) {
      logger.info(
        { messageId: ctx.message.message_id, ageMinutes: Math.round(ageMs / 60_000) },
        "Telegram message too old to act on",
      );
      await reply(ctx, "Nyx was not running when you sent this, so it did nothing. Send it again if it still applies.");
      return;
    }
    await next();
  });

  for (const { command } of COMMANDS) {
    chat.command(command, async (ctx) => reply(ctx, await answer(command, () => commands[command](), logger)));
  }
  chat.command(["start", "help"], async (ctx) => reply(ctx, HELP_TEXT));
  chat.on("message:text", async (ctx, next) => {
    const code = parseCode(ctx.message.text);
    if (code === undefined) return next();
    const replyTo = ctx.message.reply_to_message?.message_id;
    logger.info({ messageId: ctx.message.message_id, replyTo }, "Telegram code received");
    await reply(ctx, await answer("code", () => commands.code(code, replyTo), logger));
  });
  chat.on("message", async (ctx) => reply(ctx, SHORT_HELP));

  return chat;
}

/** Runs a handler; a failure becomes a plain apology (logged without the message or code). */
async function answer(name: CommandName | "code", run: () => Promise<string>, logger: Logger): Promise<string> {
  try {
    const text = await run();
    logger.info({ command: name }, "Telegram command answered");
    return text;
  } catch (error) {
    if (name === "code") {
      // The error may quote the code; only its type is logged.
      logger.error(
        { command: name, errorType: error instanceof Error ? error.name : typeof error },
        "Telegram code not taken",
      );
      return "Nyx could not take that code because of an error. Send it again, or type it into the form in the tab.";
    }
    logger.error({ command: name, err: error }, "Telegram command failed");
    return `Nyx could not do /${name} because of an error. Try again, or use the side panel.`;
  }
}
