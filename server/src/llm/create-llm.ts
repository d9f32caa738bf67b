import type { Db } from "@nyx/db";
import type { Logger } from "pino";
import type { Env } from "../env.ts";
import type { ChatModel } from "./chat-model.ts";
import type { Embedder } from "./embedder.ts";
import { GrokChat } from "./grok-chat.ts";
import { type LlmModes, llmModes } from "./modes.ts";
import { OfflineChat } from "./offline-chat.ts";
import { OfflineEmbeddings } from "./offline-embeddings.ts";
import { OpenAiEmbeddings } from "./openai-embeddings.ts";
import { type LlmSettings, resolveLlmSettings } from "./settings.ts";

export interface Llm {
  modes: LlmModes;
  chat: ChatModel;
  embeddings: Embedder;
}

export interface CreateLlmOptions {
  env: Pick<
    Env,
    "GROK_API_KEY" | "GROK_BASE_URL" | "AGENT_MODEL" | "OPENAI_API_KEY" | "OPENAI_BASE_URL" | "EMBEDDING_MODEL"
  >;
  db: Db;
  logger?: Logger | undefined;
  settings?: Partial<LlmSettings> | undefined;
}

/** The LLM layer for the configured keys: Grok chat and OpenAI embeddings, or their offline stand-ins. */
export function createLlm(options: CreateLlmOptions): Llm {
  const { env, db, logger } = options;
  const settings = resolveLlmSettings(options.settings);
  const chat = env.GROK_API_KEY
    ? new GrokChat({
        db,
        logger,
        settings,
        apiKey: env.GROK_API_KEY,
        baseURL: env.GROK_BASE_URL,
        model: env.AGENT_MODEL,
      })
    : new OfflineChat({ db, logger });
  const embeddings = env.OPENAI_API_KEY
    ? new OpenAiEmbeddings({
        db,
        logger,
        settings,
        apiKey: env.OPENAI_API_KEY,
        baseURL: env.OPENAI_BASE_URL,
        model: env.EMBEDDING_MODEL,
      })
    : new OfflineEmbeddings({ db });
  return { modes: llmModes(env), chat, embeddings };
}
