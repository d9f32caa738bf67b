import { pgError } from "@nyx/db";
import { AppError, describeIssues, type ErrorBody, type ErrorCode, errorStatus, issuesFromZod } from "@nyx/shared";
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import { ZodError } from "zod";
import type { AppEnv } from "./types.ts";

const codeForStatus: Record<number, ErrorCode> = {
  400: "bad_request",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  409: "conflict",
  413: "payload_too_large",
  415: "unsupported_media_type",
  429: "rate_limited",
};

/** The one error handler: every failure leaves as `{code, message, requestId}`. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) {
    const issues = issuesFromZod(error);
    return new AppError("validation_failed", `invalid input: ${describeIssues(issues)}`, { issues });
  }
  if (error instanceof HTTPException) {
    const code = codeForStatus[error.status] ?? "internal";
    return new AppError(code, code === "payload_too_large" ? "the request body is too large" : error.message);
  }
  const pg = pgError(error);
  if (pg?.code === "NX001") return new AppError("append_only", pg.message, { cause: error });
  if (pg?.code === "23505") return new AppError("conflict", "that record exists already", { cause: error });
  return new AppError("internal", "internal error: see the server log for this request id", { cause: error });
}

export function errorResponse(c: Context<AppEnv>, error: unknown): Response {
  const appError = toAppError(error);
  const requestId = c.get("requestId") ?? "unknown";
  const log = c.get("log");
  if (appError.code === "internal") log?.error({ err: appError.cause ?? error }, "request failed");
  else log?.info({ code: appError.code }, "request refused");
  const body: ErrorBody = { code: appError.code, message: appError.message, requestId };
  if (appError.issues) body.issues = appError.issues;
  return c.json(body, errorStatus[appError.code]);
}

/** Reads a JSON body; malformed JSON is a 400 that says so. */
export async function readJson(c: Context<AppEnv>): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw new AppError("bad_request", "the request body is not valid JSON");
  }
}
