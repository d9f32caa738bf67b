import type { Db } from "@nyx/db";
import type OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import type { Logger } from "pino";
import type { z } from "zod";
import type { ChatModel, ChatRequest, ChatResult, StructuredChatRequest } from "./chat-model.ts";
import { checkClientOptions, lazyOpenAiClient } from "./openai-client.ts";
import { runCall } from "./run-call.ts";
import { type LlmSettings, resolveLlmSettings } from "./settings.ts";
import { invalidAnswer, parseStructured, responseFormatFor } from "./structured-answer.ts";
import { estimateTokens } from "./token-budget.ts";

export interface GrokChatOptions {
  db: Db;
  apiKey: string;
  /** GROK_BASE_URL, e.g. https://api.x.ai/v1 (a local stand-in in tests). */
  baseURL: string;
  /** AGENT_MODEL. */
  model: string;
  logger?: Logger | undefined;
  settings?: Partial<LlmSettings> | undefined;
}

type AnyChatRequest = ChatRequest &
  Partial<Pick<StructuredChatRequest<z.ZodType>, "schema" | "jsonMode" | "schemaName">>;

/** Grok chat completions through the openai SDK; every request sent is one model_usage row. */
export class GrokChat implements ChatModel {
  readonly mode = "online";
  readonly model: string;
  readonly #db: Db;
  readonly #client: () => Promise<OpenAI>;
  readonly #apiKey: string;
  readonly #logger: Logger | undefined;
  readonly #settings: LlmSettings;

  constructor(options: GrokChatOptions) {
    checkClientOptions(options);
    this.#settings = resolveLlmSettings(options.settings);
    this.model = options.model;
    this.#db = options.db;
    this.#apiKey = options.apiKey;
    this.#logger = options.logger?.child({ module: "llm.chat" });
    this.#client = lazyOpenAiClient({
      apiKey: options.apiKey,
      baseURL: options.baseURL,
      timeoutMs: this.#settings.timeoutMs,
    });
  }

  chat<S extends z.ZodType>(request: StructuredChatRequest<S>): Promise<ChatResult<z.output<S>>>;
  chat(request: ChatRequest): Promise<ChatResult<string>>;
  async chat(request: AnyChatRequest): Promise<ChatResult<unknown>> {
    const body = this.#body(request);
    const about = { provider: "xAI", operation: "chat.completions", model: this.model } as const;
    const outcome = await runCall({
      ...about,
      db: this.#db,
      logger: this.#logger,
      settings: this.#settings,
      callType: "chat_completion",
      context: request,
      secrets: [this.#apiKey],
      estimatedTokens: estimateTokens(promptCharacters(body), body.max_completion_tokens ?? 0),
      send: async (signal) => {
        const { data, request_id } = await (await this.#client()).chat.completions
          .create(body, { signal, timeout: this.#settings.timeoutMs, maxRetries: 0 })
          .withResponse();
        return {
          raw: data,
          tokensInput: data.usage?.prompt_tokens ?? 0,
          tokensOutput: data.usage?.completion_tokens ?? 0,
          requestId: request_id ?? (data.id || undefined),
        };
      },
      accept: (completion: ChatCompletion) => {
        const requestId = completion.id || undefined;
        const choice = completion.choices[0];
        const text = choice?.message.content ?? "";
        if (choice?.message.refusal) throw invalidAnswer({ ...about, requestId }, "the model declined to answer");
        if (text.trim() === "") throw invalidAnswer({ ...about, requestId }, "the answer is empty");
        const value = request.schema ? parseStructured(text, request.schema, { ...about, requestId }) : text;
        return { value, text, finishReason: choice?.finish_reason ?? undefined };
      },
    });
    return {
      ...outcome.value,
      source: "api",
      provider: "xAI",
      model: this.model,
      requestId: outcome.requestId,
      tokensInput: outcome.tokensInput,
      tokensOutput: outcome.tokensOutput,
      costUsd: outcome.costUsd,
      attempts: outcome.attempts,
    };
  }

  #body(request: AnyChatRequest): ChatCompletionCreateParamsNonStreaming {
    if (!Array.isArray(request.messages) || request.messages.length === 0) {
      throw new TypeError("Expected `messages` to hold at least one message");
    }
    const maxTokens = request.maxTokens ?? this.#settings.defaultMaxTokens;
    if (!Number.isInteger(maxTokens) || maxTokens < 1) {
      throw new TypeError(`Expected \`maxTokens\` to be a positive integer, got \`${maxTokens}\``);
    }
    return {
      model: this.model,
      messages: request.messages.map((m) => ({ role: m.role, content: m.content })),
      max_completion_tokens: maxTokens,
      ...(request.temperature === undefined ? {} : { temperature: request.temperature }),
      ...(request.schema
        ? {
            response_format: responseFormatFor(
              request.schema,
              request.jsonMode ?? "json_schema",
              request.schemaName ?? "answer",
            ),
          }
        : {}),
    };
  }
}

/** Characters the provider reads: the messages, and the JSON schema when one is sent. */
function promptCharacters(body: ChatCompletionCreateParamsNonStreaming): number {
  const messages = body.messages.reduce((sum, m) => sum + (typeof m.content === "string" ? m.content.length : 0), 0);
  const format = body.response_format?.type === "json_schema" ? JSON.stringify(body.response_format).length : 0;
  return messages + format;
}
