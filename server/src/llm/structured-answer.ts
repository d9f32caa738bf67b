import { describeIssues, issuesFromZod } from "@nyx/shared";
import type { ResponseFormatJSONObject, ResponseFormatJSONSchema } from "openai/resources/shared";
import { z } from "zod";
import { LlmError, type LlmErrorDetails } from "./llm-error.ts";

/** How JSON is asked for: any JSON object, or one following the schema (Structured Outputs). */
export type JsonMode = "json_object" | "json_schema";

/** The `response_format` of a call whose answer must match `schema`. */
export function responseFormatFor(
  schema: z.ZodType,
  mode: JsonMode,
  name: string,
): ResponseFormatJSONObject | ResponseFormatJSONSchema {
  if (mode === "json_object") return { type: "json_object" };
  const jsonSchema = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return { type: "json_schema", json_schema: { name, schema: jsonSchema, strict: false } };
}

/**
 * The caller's value from a JSON answer. Not JSON, or not matching the schema: an `invalid_answer`
 * LlmError naming the fields (never quoting the answer).
 */
export function parseStructured<T>(
  text: string,
  schema: z.ZodType<T>,
  about: Pick<LlmErrorDetails, "provider" | "operation" | "model" | "requestId">,
): T {
  let json: unknown;
  try {
    json = JSON.parse(withoutCodeFence(text));
  } catch {
    throw invalidAnswer(about, "the answer is not JSON");
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issues = describeIssues(issuesFromZod(parsed.error).slice(0, 5));
  throw invalidAnswer(about, `the answer does not match the schema: ${issues}`.slice(0, 300));
}

export function invalidAnswer(
  about: Pick<LlmErrorDetails, "provider" | "operation" | "model" | "requestId">,
  message: string,
): LlmError {
  return new LlmError({ ...about, kind: "invalid_answer", retryable: true }, message);
}

/** Models sometimes wrap JSON in a Markdown fence even in JSON mode. */
function withoutCodeFence(text: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(text);
  return fenced?.[1] ?? text;
}
