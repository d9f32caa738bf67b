import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Message, Update, UserFromGetMe } from "grammy/types";
import { parseParams, readBody } from "./telegram-bot-api-body.ts";
import { acceptSend, type SentMessage } from "./telegram-bot-api-send.ts";

export type { SentMessage } from "./telegram-bot-api-send.ts";

/**
 * A local Telegram Bot API (the part Nyx uses) for tests: grammy talks to it over HTTP through its
 * `apiRoot` option. `POST /bot<token>/<method>` with a JSON or multipart body; getMe, deleteWebhook,
 * setMyCommands, getUpdates (long polling: held until an update is queued or `timeout` passes;
 * `offset` confirms), sendMessage, sendPhoto; 401 for another token, 404 for another method.
 *
 *   const tg = await startTelegramStandIn();
 *   env: TELEGRAM_API_ROOT=tg.apiRoot, TELEGRAM_BOT_TOKEN=tg.token, TELEGRAM_CHAT_ID=tg.chatId
 *   tg.userSays("/status"); const reply = await tg.nextSent(); …; await tg.close();
 */

export interface BotApiCall {
  method: string;
  tokenAccepted: boolean;
  params: Record<string, unknown>;
}

/** An error answer (`retryAfter`: seconds, sent as parameters.retry_after), or "drop": the connection is cut. */
export type BotApiFailure = { status: number; description?: string; retryAfter?: number } | "drop";

export interface UserSaysOptions {
  /** Default: the stand-in's chatId. */
  chatId?: string | number;
  /** The id of the message this one replies to (a message the bot sent, usually). */
  replyTo?: number;
  /** When the person sent it, in Unix seconds. Default: now. */
  date?: number;
}

export interface TelegramStandIn {
  /** For grammy's `client.apiRoot` (TELEGRAM_API_ROOT): http://127.0.0.1:PORT */
  readonly apiRoot: string;
  readonly token: string;
  /** The person's chat (TELEGRAM_CHAT_ID). */
  readonly chatId: string;
  readonly botUsername: string;
  /** Every message the bot sent successfully, in order. */
  readonly sent: SentMessage[];
  /** Every request received, refused ones included. */
  readonly calls: BotApiCall[];
  /** Queues a text message from a chat (the person's by default); returns its message id. */
  userSays(text: string, options?: UserSaysOptions): number;
  /** The next sent message not yet taken by nextSent, waiting up to `timeoutMs` for it. */
  nextSent(timeoutMs?: number): Promise<SentMessage>;
  /** The next `count` calls to `method` (default: any) fail this way. */
  failNext(count: number, failure: BotApiFailure, method?: string): void;
  /** Stops listening (connections refused) until goOnline(), on the same port. */
  goOffline(): Promise<void>;
  goOnline(): Promise<void>;
  close(): Promise<void>;
}

export interface TelegramStandInOptions {
  token?: string;
  chatId?: string;
  /** Chats that sendMessage accepts besides chatId and any chat that has spoken. */
  knownChats?: string[];
}

export async function startTelegramStandIn(options: TelegramStandInOptions = {}): Promise<TelegramStandIn> {
  const token = options.token ?? "123456789:AAStandInTokenForNyxTests_0123456789";
  const chatId = options.chatId ?? "424242";
  const me: UserFromGetMe = {
    id: Number(token.split(":")[0]),
    is_bot: true,
    first_name: "Nyx",
    username: "nyx_standin_bot",
    can_join_groups: false,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
    can_manage_bots: false,
    supports_join_request_queries: false,
  };
  const knownChats = new Set([chatId, ...(options.knownChats ?? [])]);
  const sent: SentMessage[] = [];
  const calls: BotApiCall[] = [];
  const messages = new Map<number, Message>();
  let updates: Update[] = [];
  const failures: { failure: BotApiFailure; method: string | undefined }[] = [];
  let nextMessageId = 1;
  let nextUpdateId = 1000;
  let taken = 0;
  let poller: ((result: Update[] | "conflict") => void) | undefined;
  const sentWaiters: ((message: SentMessage) => void)[] = [];
  /** Gives sent messages not yet taken to whoever waits in nextSent(), in order. */
  const handOut = () => {
    while (sentWaiters.length > 0 && taken < sent.length) {
      const message = sent[taken];
      taken += 1;
      if (message !== undefined) sentWaiters.shift()?.(message);
    }
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => (res.headersSent ? res.destroy() : answer(res, 500, "Internal Server Error")));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec((req.url ?? "").split("?")[0] ?? "");
    if (req.method !== "POST" || match === null) return answer(res, 404, "Not Found");
    const [, sentToken = "", method = ""] = match;
    const { params, files } = parseParams(body, String(req.headers["content-type"] ?? ""));
    calls.push({ method, tokenAccepted: sentToken === token, params });
    if (sentToken !== token) return answer(res, 401, "Unauthorized");
    const failureAt = failures.findIndex((f) => f.method === undefined || f.method === method);
    const injected = failures[failureAt];
    if (injected !== undefined) {
      failures.splice(failureAt, 1);
      if (injected.failure === "drop") return void req.socket.destroy();
      const { status, description, retryAfter } = injected.failure;
      return answer(res, status, description ?? `Injected failure ${status}`, retryAfter);
    }
    switch (method) {
      case "getMe":
        return ok(res, me);
      case "deleteWebhook":
      case "setMyCommands":
        return ok(res, true);
      case "getUpdates":
        return getUpdates(params, res);
      case "sendMessage":
      case "sendPhoto": {
        const outcome = acceptSend(method, params, files, { me, knownChats, messageId: nextMessageId });
        if ("refused" in outcome) return answer(res, 400, outcome.refused);
        nextMessageId += 1;
        messages.set(outcome.message.message_id, outcome.message);
        sent.push(outcome.sent);
        handOut();
        return ok(res, outcome.message);
      }
      default:
        return answer(res, 404, "Not Found: method not found");
    }
  }

  async function getUpdates(params: Record<string, unknown>, res: ServerResponse): Promise<void> {
    const offset = typeof params.offset === "number" ? params.offset : 0;
    if (offset > 0) updates = updates.filter((u) => u.update_id >= offset);
    const limit = typeof params.limit === "number" ? params.limit : 100;
    const timeoutMs = (typeof params.timeout === "number" ? params.timeout : 0) * 1000;
    poller?.("conflict"); // Telegram ends an older long poll when a newer one arrives.
    if (updates.length === 0 && timeoutMs > 0) {
      const result = await new Promise<Update[] | "conflict">((resolve) => {
        const timer = setTimeout(() => resolve([]), timeoutMs);
        const done = (r: Update[] | "conflict") => {
          clearTimeout(timer);
          if (poller === done) poller = undefined;
          resolve(r);
        };
        poller = done;
        res.on("close", () => done([]));
      });
      if (res.destroyed || res.writableEnded) return;
      if (result === "conflict") {
        return answer(
          res,
          409,
          "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
        );
      }
    }
    ok(res, updates.slice(0, limit));
  }

  await listen(0);
  const { port } = server.address() as AddressInfo;
  async function listen(on: number): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(on, "127.0.0.1", () => {
        server.off("error", reject);
        resolve();
      });
    });
  }
  async function goOffline(): Promise<void> {
    if (!server.listening) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    chatId,
    botUsername: me.username,
    sent,
    calls,
    userSays(text, says = {}) {
      const from = String(says.chatId ?? chatId);
      knownChats.add(from);
      const messageId = nextMessageId++;
      const replied = says.replyTo === undefined ? undefined : messages.get(says.replyTo);
      const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
      const message = {
        message_id: messageId,
        date: says.date ?? Math.floor(Date.now() / 1000),
        chat: { id: Number(from), type: "private", first_name: "Person" },
        from: { id: Number(from), is_bot: false, first_name: "Person" },
        text,
        ...(command === null ? {} : { entities: [{ type: "bot_command", offset: 0, length: command[0].length }] }),
        ...(replied === undefined ? {} : { reply_to_message: replied }),
      } as Message;
      messages.set(messageId, message);
      updates.push({ update_id: nextUpdateId++, message } as Update);
      poller?.(updates);
      return messageId;
    },
    nextSent(timeoutMs = 5000) {
      return new Promise<SentMessage>((resolve, reject) => {
        const waiter = (message: SentMessage) => {
          clearTimeout(timer);
          resolve(message);
        };
        const timer = setTimeout(() => {
          sentWaiters.splice(sentWaiters.indexOf(waiter), 1);
          reject(new Error(`no message sent within ${timeoutMs} ms`));
        }, timeoutMs);
        sentWaiters.push(waiter);
        handOut();
      });
    },
    failNext(count, failure, method) {
      for (let i = 0; i < count; i++) failures.push({ failure, method });
    },
    goOffline,
    goOnline: () => (server.listening ? Promise.resolve() : listen(port)),
    async close() {
      poller?.([]);
      await goOffline();
    },
  };
}

function ok(res: ServerResponse, result: unknown): void {
  res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ ok: true, result }));
}

function answer(res: ServerResponse, status: number, description: string, retryAfter?: number): void {
  const body = {
    ok: false,
    error_code: status,
    description,
    ...(retryAfter === undefined ? {} : { parameters: { retry_after: retryAfter } }),
  };
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
