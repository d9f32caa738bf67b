import type { Db } from "@nyx/db";
import type { Logger } from "pino";
import type { z } from "zod";
import type { ChatModel, ChatRequest, ChatResult, StructuredChatRequest } from "./chat-model.ts";
import { LlmError } from "./llm-error.ts";
import { refuseWithoutSending } from "./run-call.ts";

/** The model name on the rows of chat calls made while chat is offline. */
export const OFFLINE_CHAT_MODEL = "offline-none";

/**
 * Chat without GROK_API_KEY: there is no offline model, so every call is refused as `unavailable`
 * (and recorded as a failed 'Offline' row); callers check `mode` and use their own offline writers.
 */
export class OfflineChat implements ChatModel {
  readonly mode = "offline";
  readonly model = OFFLINE_CHAT_MODEL;
  readonly #db: Db;
  readonly #logger: Logger | undefined;

  constructor(options: { db: Db; logger?: Logger | undefined }) {
    this.#db = options.db;
    this.#logger = options.logger?.child({ module: "llm.chat" });
  }

  chat<S extends z.ZodType>(request: StructuredChatRequest<S>): Promise<ChatResult<z.output<S>>>;
  chat(request: ChatRequest): Promise<ChatResult<string>>;
  async chat(request: ChatRequest): Promise<never> {
    const spec = {
      db: this.#db,
      logger: this.#logger,
      provider: "Offline",
      operation: "chat.completions",
      callType: "chat_completion",
      model: this.model,
      context: request,
    } as const;
    const error = new LlmError(
      { ...spec, kind: "unavailable", retryable: false },
      "chat is offline (GROK_API_KEY is not set); use the offline writer",
    );
    await refuseWithoutSending(spec, error);
    throw error;
  }
}
