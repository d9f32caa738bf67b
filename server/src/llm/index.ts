// The LLM layer: Grok chat and OpenAI embeddings through the openai SDK, each request one model_usage row.
export type { CallContext, LlmMode, LlmPurpose, ResultSource, TokenBudget } from "./call-context.ts";
export type { ChatMessage, ChatModel, ChatRequest, ChatResult, StructuredChatRequest } from "./chat-model.ts";
export { type CreateLlmOptions, createLlm, type Llm } from "./create-llm.ts";
export type { Embedder, Embedding, EmbedRequest } from "./embedder.ts";
export { contentHash } from "./embedding-cache.ts";
export { GrokChat, type GrokChatOptions } from "./grok-chat.ts";
export {
  isLlmError,
  LlmError,
  type LlmFailureKind,
  type LlmOperation,
  type ProviderName,
} from "./llm-error.ts";
export { type LlmModes, llmModes } from "./modes.ts";
export { OFFLINE_CHAT_MODEL, OfflineChat } from "./offline-chat.ts";
export {
  cosineSimilarity,
  hashedBagOfWords,
  OFFLINE_EMBEDDING_DIMENSIONS,
  OFFLINE_EMBEDDING_MODEL,
} from "./offline-embedding-vector.ts";
export { OfflineEmbeddings } from "./offline-embeddings.ts";
export { OpenAiEmbeddings, type OpenAiEmbeddingsOptions } from "./openai-embeddings.ts";
export { DEFAULT_LLM_SETTINGS, type LlmSettings, resolveLlmSettings } from "./settings.ts";
export type { JsonMode } from "./structured-answer.ts";
