import { z } from "zod";

/** Every error the server reports carries one of these codes; the HTTP status follows from it. */
export const ErrorCode = z.enum([
  "bad_request",
  "validation_failed",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "unsupported_media_type",
  "append_only",
  "rate_limited",
  "upstream_failed",
  "internal",
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const errorStatus: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 415 | 429 | 500 | 502> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  append_only: 409,
  rate_limited: 429,
  upstream_failed: 502,
  internal: 500,
};

export const ErrorIssue = z.object({
  /** Dotted path of the bad field, e.g. `resumes.0.file`. */
  path: z.string(),
  message: z.string(),
  /** 1-based line in the source document, where the format gives one (YAML). */
  line: z.number().int().positive().optional(),
});
export type ErrorIssue = z.infer<typeof ErrorIssue>;

/** The one error body every failing request gets. */
export const ErrorBody = z.object({
  code: ErrorCode,
  message: z.string(),
  requestId: z.string(),
  issues: z.array(ErrorIssue).optional(),
});
export type ErrorBody = z.infer<typeof ErrorBody>;

export class AppError extends Error {
  override readonly name = "AppError";
  readonly code: ErrorCode;
  readonly issues: ErrorIssue[] | undefined;

  constructor(code: ErrorCode, message: string, options?: { issues?: ErrorIssue[]; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.issues = options?.issues;
  }

  get status(): (typeof errorStatus)[ErrorCode] {
    return errorStatus[this.code];
  }
}

/** Turns zod issues into our issue shape, naming each field by its path. */
export function issuesFromZod(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(root)",
    message: issue.message,
  }));
}

export function describeIssues(issues: readonly ErrorIssue[]): string {
  return issues.map((i) => `${i.path}${i.line === undefined ? "" : ` (line ${i.line})`}: ${i.message}`).join("; ");
}
