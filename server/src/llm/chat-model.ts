import type { z } from "zod";
import type { CallContext, LlmMode } from "./call-context.ts";
import type { ProviderName } from "./llm-error.ts";
import type { JsonMode } from "./structured-answer.ts";

export interface ChatMessage {
  role: "system" | "user" | "assistant";
  content: string;
}

export interface ChatRequest extends CallContext {
  messages: readonly ChatMessage[];
  /** Output tokens allowed (sent as max_completion_tokens); the settings' defaultMaxTokens if absent. */
  maxTokens?: number | undefined;
  temperature?: number | undefined;
}

export interface StructuredChatRequest<S extends z.ZodType> extends ChatRequest {
  /** The answer must be JSON matching this schema; one that does not is an `invalid_answer` error. */
  schema: S;
  /** Default `json_schema` (the schema is sent along); `json_object` asks only for some JSON object. */
  jsonMode?: JsonMode | undefined;
  /** Name of the schema as sent to the provider (letters, digits, _ and -). Default "answer". */
  schemaName?: string | undefined;
}

export interface ChatResult<T> {
  /** The answer: its text, or the schema's value for a structured request. */
  value: T;
  text: string;
  source: "api";
  provider: ProviderName;
  model: string;
  finishReason: string | undefined;
  requestId: string | undefined;
  tokensInput: number;
  tokensOutput: number;
  /** USD, from the provider's pricing; null for a model without a price. */
  costUsd: number | null;
  /** Requests sent for this answer (each has its own model_usage row). */
  attempts: number;
}

/** Chat completions, online (Grok) or offline (every call refused as `unavailable`). */
export interface ChatModel {
  readonly mode: LlmMode;
  readonly model: string;
  chat<S extends z.ZodType>(request: StructuredChatRequest<S>): Promise<ChatResult<z.output<S>>>;
  chat(request: ChatRequest): Promise<ChatResult<string>>;
}
