import type { Db } from "@nyx/db";
import pRetry from "p-retry";
import type { Logger } from "pino";
import type { CallContext } from "./call-context.ts";
import { classifyFailure } from "./classify-failure.ts";
import { LlmError, type LlmOperation, type ProviderName } from "./llm-error.ts";
import type { LlmSettings } from "./settings.ts";
import { checkBudget } from "./token-budget.ts";
import { type CallType, recordUsage, usageStatusOf } from "./usage-log.ts";

/** The parts of a call that its model_usage row and log lines need. */
type RowSpec = Pick<
  CallSpec<unknown, unknown>,
  "db" | "logger" | "provider" | "operation" | "callType" | "model" | "context"
>;

/** What one request brought back, before the caller's checks. */
export interface Answer<Raw> {
  raw: Raw;
  tokensInput: number;
  tokensOutput: number;
  requestId: string | undefined;
}

export interface CallSpec<Raw, Value> {
  db: Db;
  logger: Logger | undefined;
  settings: LlmSettings;
  provider: ProviderName;
  operation: LlmOperation;
  callType: CallType;
  model: string;
  context: CallContext;
  /** Scrubbed from anything the provider says (the API key). */
  secrets: readonly string[];
  /** Tokens the call may use at most (prompt characters / 4 + output allowed), for the budget. */
  estimatedTokens: number;
  /** Sends one request. Throws what the SDK throws. */
  send: (signal: AbortSignal | undefined) => Promise<Answer<Raw>>;
  /** Checks an answer and gives the caller's value; throws an `invalid_answer` LlmError if it cannot. */
  accept: (raw: Raw) => Value;
}

export interface CallOutcome<Value> {
  value: Value;
  tokensInput: number;
  tokensOutput: number;
  costUsd: number | null;
  requestId: string | undefined;
  /** Requests sent, the successful one included. */
  attempts: number;
}

/**
 * Makes one logical call: checks the token budget, then sends up to `1 + retries` requests with capped
 * exponential backoff (429, 5xx, timeouts, network failures; an invalid answer up to
 * `invalidAnswerRetries` times). Every request sent writes exactly one model_usage row with its own
 * status, tokens and request id; a call refused for its budget writes one row and sends nothing.
 */
export async function runCall<Raw, Value>(spec: CallSpec<Raw, Value>): Promise<CallOutcome<Value>> {
  const budget = await checkBudget(spec.db, spec.context, spec.estimatedTokens);
  if (!budget.allowed) {
    const error = new LlmError(
      {
        ...about(spec),
        kind: "budget_exceeded",
        retryable: false,
        estimatedTokens: budget.estimatedTokens,
        remainingTokens: budget.remainingTokens,
      },
      `not sent: token budget exceeded (estimated ${budget.estimatedTokens} tokens, ${budget.remainingTokens} left)`,
    );
    await refuseWithoutSending(spec, error);
    throw error;
  }

  let attempts = 0;
  let invalidAnswers = 0;
  try {
    return await pRetry(
      async () => {
        attempts++;
        const outcome = await attemptOnce(spec);
        return { ...outcome, attempts };
      },
      {
        retries: spec.settings.retries,
        factor: spec.settings.backoffFactor,
        minTimeout: spec.settings.minBackoffMs,
        maxTimeout: spec.settings.maxBackoffMs,
        randomize: spec.settings.randomizeBackoff,
        signal: spec.context.signal,
        shouldRetry: ({ error }) => {
          if (!(error instanceof LlmError)) return false;
          if (error.kind === "invalid_answer") return ++invalidAnswers <= spec.settings.invalidAnswerRetries;
          return error.retryable;
        },
      },
    );
  } catch (thrown) {
    if (thrown instanceof LlmError) {
      thrown.attempts = attempts;
      throw thrown;
    }
    // p-retry stops with the signal's reason when the caller cancels between attempts.
    if (!spec.context.signal?.aborted) throw thrown;
    const error = new LlmError({ ...about(spec), kind: "aborted", retryable: false }, "cancelled by the caller");
    error.attempts = attempts;
    if (attempts === 0) await refuseWithoutSending(spec, error);
    throw error;
  }
}

/** Records a call that is refused before anything is sent (budget, offline): one row, no tokens. */
export async function refuseWithoutSending(spec: RowSpec, error: LlmError): Promise<void> {
  const now = new Date();
  await recordUsage(spec.db, {
    ...row(spec),
    tokensInput: 0,
    tokensOutput: 0,
    startedAt: now,
    endedAt: now,
    status: "failed",
    errorMessage: error.message,
  });
  spec.logger?.warn({ ...logFields(spec), kind: error.kind }, "llm call not sent");
}

async function attemptOnce<Raw, Value>(spec: CallSpec<Raw, Value>): Promise<Omit<CallOutcome<Value>, "attempts">> {
  const startedAt = new Date();
  let answer: Answer<Raw>;
  try {
    answer = await spec.send(spec.context.signal);
  } catch (thrown) {
    const error = classifyFailure(thrown, {
      ...about(spec),
      timeoutMs: spec.settings.timeoutMs,
      secrets: spec.secrets,
    });
    await recordFailure(spec, error, startedAt, { tokensInput: 0, tokensOutput: 0, requestId: error.requestId });
    throw error;
  }
  let value: Value;
  try {
    value = spec.accept(answer.raw);
  } catch (thrown) {
    const error = classifyFailure(thrown, {
      ...about(spec),
      timeoutMs: spec.settings.timeoutMs,
      secrets: spec.secrets,
    });
    await recordFailure(spec, error, startedAt, answer);
    throw error;
  }
  const { costUsd } = await recordUsage(spec.db, {
    ...row(spec),
    tokensInput: answer.tokensInput,
    tokensOutput: answer.tokensOutput,
    startedAt,
    endedAt: new Date(),
    status: "success",
    requestId: answer.requestId,
  });
  return {
    value,
    tokensInput: answer.tokensInput,
    tokensOutput: answer.tokensOutput,
    costUsd,
    requestId: answer.requestId,
  };
}

async function recordFailure(
  spec: RowSpec,
  error: LlmError,
  startedAt: Date,
  spent: { tokensInput: number; tokensOutput: number; requestId: string | undefined },
): Promise<void> {
  await recordUsage(spec.db, {
    ...row(spec),
    ...spent,
    startedAt,
    endedAt: new Date(),
    status: usageStatusOf(error),
    errorMessage: error.message,
  });
  spec.logger?.warn(
    {
      ...logFields(spec),
      kind: error.kind,
      httpStatus: error.httpStatus,
      providerCode: error.providerCode,
      requestId: error.requestId ?? spent.requestId,
      retryable: error.retryable,
      error: error.message,
    },
    "llm request failed",
  );
}

function about(spec: Pick<CallSpec<unknown, unknown>, "provider" | "operation" | "model">) {
  return { provider: spec.provider, operation: spec.operation, model: spec.model };
}

function row(spec: Pick<CallSpec<unknown, unknown>, "provider" | "model" | "callType" | "context">) {
  const { purpose, applicationId, sessionId } = spec.context;
  return {
    provider: spec.provider,
    model: spec.model,
    callType: spec.callType,
    context: { purpose, applicationId, sessionId },
  };
}

function logFields(spec: Pick<CallSpec<unknown, unknown>, "provider" | "operation" | "model" | "context">) {
  return {
    provider: spec.provider,
    operation: spec.operation,
    model: spec.model,
    purpose: spec.context.purpose,
    applicationId: spec.context.applicationId,
    sessionId: spec.context.sessionId,
  };
}
