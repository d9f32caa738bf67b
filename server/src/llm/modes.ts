import type { Env } from "../env.ts";
import type { LlmMode } from "./call-context.ts";

export interface LlmModes {
  /** Grok chat (GROK_API_KEY); offline, callers use their own deterministic writers. */
  chat: LlmMode;
  /** OpenAI embeddings (OPENAI_API_KEY); offline, the hashed bag of words. */
  embeddings: LlmMode;
}

/** Which LLM capabilities talk to a real model, from the keys that are set. */
export function llmModes(env: Pick<Env, "GROK_API_KEY" | "OPENAI_API_KEY">): LlmModes {
  return { chat: env.GROK_API_KEY ? "online" : "offline", embeddings: env.OPENAI_API_KEY ? "online" : "offline" };
}
