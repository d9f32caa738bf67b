import type { Logger } from "pino";
import type { CallContext, ChatModel, LlmFailureKind } from "../llm/index.ts";
import { isLlmError } from "../llm/index.ts";
import { createOfflineWriter, type FreeTextRequest, type FreeTextWriter } from "../write/index.ts";
import type { ComposedText, ComposeOutcome, FallbackReason } from "./outcome.ts";
import { composeMessages, FreeTextAnswer } from "./prompt.ts";
import { tidyAnswer } from "./tidy-answer.ts";
import { untrustedPostingText } from "./untrusted-posting.ts";
import { type FreeTextProblem, type ValidationContext, validateFreeText } from "./validate-free-text.ts";

/** Longest text asked for when the field states no limit. */
const DEFAULT_LIMIT = { cover_letter: 3000, answer: 1500, single_line: 300 } as const;
const MAX_TOKENS = { cover_letter: 2048, answer: 1024 } as const;
/** Answers asked of the model per text: the first, and one retry naming the problems. */
const ATTEMPTS = 2;

export interface LlmWriterOptions {
  chat: ChatModel;
  /** Writes the text when the model cannot or may not: the offline writer unless given. */
  fallback?: FreeTextWriter | undefined;
  /** Who the calls work for (application, session, token budget, signal); the purpose follows the kind of text. */
  context?: Omit<CallContext, "purpose"> | undefined;
  logger?: Logger | undefined;
  /** Told what happened for every text (the same outcome `write` returns). */
  onOutcome?: ((outcome: ComposeOutcome) => void) | undefined;
}

/**
 * Writes cover letters and free-text answers with the chat model from the person's facts, the posting
 * shown as untrusted data. Every answer is validated (validateFreeText); a rejected one is asked for
 * once more with the problems named; after that, or when the model is offline, out of budget or
 * failing, the offline writer's text is used (source "template"). Never throws for an LLM failure,
 * and never passes on a text that has not passed validation.
 */
export class LlmWriter implements FreeTextWriter {
  readonly #chat: ChatModel;
  readonly #fallback: FreeTextWriter;
  readonly #context: Omit<CallContext, "purpose">;
  readonly #logger: Logger | undefined;
  readonly #onOutcome: ((outcome: ComposeOutcome) => void) | undefined;

  constructor(options: LlmWriterOptions) {
    if (typeof options?.chat?.chat !== "function") throw new TypeError("Expected `chat` to be a ChatModel");
    if (options.fallback !== undefined && typeof options.fallback.write !== "function") {
      throw new TypeError("Expected `fallback` to be a FreeTextWriter");
    }
    if (options.onOutcome !== undefined && typeof options.onOutcome !== "function") {
      throw new TypeError("Expected `onOutcome` to be a function");
    }
    this.#chat = options.chat;
    this.#fallback = options.fallback ?? createOfflineWriter();
    this.#context = options.context ?? {};
    this.#logger = options.logger?.child({ module: "compose" });
    this.#onOutcome = options.onOutcome;
  }

  async write(request: FreeTextRequest): Promise<ComposedText> {
    const posting = untrustedPostingText(request.posting);
    const limit = request.maxLength ?? limitFor(request);
    const ctx: ValidationContext = { ...request, maxLength: limit };
    const base = {
      kind: request.kind,
      attempts: 0,
      problems: [] as FreeTextProblem[],
      templateProblems: [] as FreeTextProblem[],
      instructionsRemoved: posting.removedInstructions.length,
      invisibleRemoved: posting.invisibleRemoved,
    };
    if (this.#chat.mode === "offline") return this.#useFallback(request, { ...base, fallback: "offline" });

    let problems: FreeTextProblem[] = [];
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      let answer: string;
      try {
        const result = await this.#chat.chat({
          ...this.#context,
          purpose: request.kind === "cover_letter" ? "cover_letter" : "form_answer",
          messages: composeMessages(request, posting, limit, problems),
          schema: FreeTextAnswer,
          schemaName: "free_text",
          maxTokens: request.kind === "cover_letter" ? MAX_TOKENS.cover_letter : MAX_TOKENS.answer,
        });
        answer = result.value.text;
      } catch (error) {
        const llmFailure: LlmFailureKind | "unknown" = isLlmError(error) ? error.kind : "unknown";
        return this.#useFallback(request, { ...base, attempts: attempt, problems, fallback: "llm_failed", llmFailure });
      }
      const text = tidyAnswer(answer, request.singleLine);
      problems = validateFreeText(text, ctx);
      if (problems.length === 0)
        return this.#finish({ text, source: "llm", outcome: { ...base, attempts: attempt, source: "llm" } });
    }
    return this.#useFallback(request, { ...base, attempts: ATTEMPTS, problems, fallback: "rejected" });
  }

  async #useFallback(
    request: FreeTextRequest,
    outcome: Omit<ComposeOutcome, "source" | "fallback"> & { fallback: FallbackReason },
  ): Promise<ComposedText> {
    const written = await this.#fallback.write(request);
    const text = tidyAnswer(written.text, request.singleLine);
    // The offline writer's own limit (none for a letter) is the field's; an empty text is its way of saying "nothing usable".
    const templateProblems = text === "" ? [] : validateFreeText(text, { ...request, language: undefined });
    return this.#finish({
      text: templateProblems.length === 0 ? text : "",
      source: "template",
      outcome: { ...outcome, source: "template", templateProblems },
    });
  }

  #finish(result: ComposedText): ComposedText {
    const { outcome } = result;
    const level = outcome.source === "llm" && outcome.attempts === 1 ? "info" : "warn";
    this.#logger?.[level](
      {
        applicationId: this.#context.applicationId,
        sessionId: this.#context.sessionId,
        kind: outcome.kind,
        source: outcome.source,
        fallback: outcome.fallback,
        llmFailure: outcome.llmFailure,
        attempts: outcome.attempts,
        problemCodes: outcome.problems.map((p) => p.code),
        templateProblemCodes: outcome.templateProblems.map((p) => p.code),
        instructionsRemoved: outcome.instructionsRemoved,
        invisibleRemoved: outcome.invisibleRemoved,
      },
      "free text composed",
    );
    this.#onOutcome?.(outcome);
    return result;
  }
}

function limitFor(request: FreeTextRequest): number {
  if (request.singleLine) return DEFAULT_LIMIT.single_line;
  return request.kind === "cover_letter" ? DEFAULT_LIMIT.cover_letter : DEFAULT_LIMIT.answer;
}
