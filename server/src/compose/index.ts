/** "Compose": cover letters and free-text answers written by the chat model, with untrusted page text kept as data and every answer validated. */

export { isInstructionToModel } from "./instructions.ts";
export { stripInvisible } from "./invisible.ts";
export { LlmWriter, type LlmWriterOptions } from "./llm-writer.ts";
export type { ComposedText, ComposeOutcome, FallbackReason } from "./outcome.ts";
export { FreeTextAnswer } from "./prompt.ts";
export { type UntrustedPosting, untrustedPostingText } from "./untrusted-posting.ts";
export {
  type FreeTextProblem,
  type FreeTextProblemCode,
  type ValidationContext,
  validateFreeText,
} from "./validate-free-text.ts";
