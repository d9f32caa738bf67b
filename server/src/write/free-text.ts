import type { ExtractedPosting, Profile } from "@nyx/shared";
import type { FreeTextKind } from "./facts.ts";

/** What the writer gets for one free-text question: the question, the language, and the only material it may use. */
export interface FreeTextRequest {
  kind: FreeTextKind;
  /** The question as the form asks it (label, and hint when there is one). */
  question: string;
  /** Two-letter language to answer in (the form's). */
  language: string;
  maxLength?: number;
  /** A one-line input rather than a text area. */
  singleLine: boolean;
  required: boolean;
  /** The person's facts: the only material about them. */
  profile: Profile;
  /** The job: title, company and requirements to relate the answer to. */
  posting: ExtractedPosting;
}

export interface FreeTextResult {
  text: string;
  source: "llm" | "template";
}

/** Writes free text: the LLM writer when a key is configured, the offline writer otherwise. */
export interface FreeTextWriter {
  write(request: FreeTextRequest): Promise<FreeTextResult>;
}
