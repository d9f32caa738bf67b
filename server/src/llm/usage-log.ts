import type { Db } from "@nyx/db";
import { schema } from "@nyx/db";
import type { CallContext } from "./call-context.ts";
import type { LlmError, ProviderName } from "./llm-error.ts";
import { costUsd } from "./pricing.ts";
import { findProvider } from "./provider-directory.ts";

export type CallType = "chat_completion" | "embedding";
export type UsageStatus = "success" | "failed" | "timeout" | "rate_limited";

export interface UsageRecord {
  provider: ProviderName;
  model: string;
  callType: CallType;
  context: Pick<CallContext, "purpose" | "applicationId" | "sessionId">;
  tokensInput: number;
  tokensOutput: number;
  startedAt: Date;
  endedAt: Date;
  status: UsageStatus;
  /** What went wrong, already free of secrets and prompt text. */
  errorMessage?: string | undefined;
  requestId?: string | undefined;
}

/**
 * Writes the model_usage row of one call, its cost estimated from the provider's pricing_json
 * (null for a model without a price). Returns that cost in USD.
 */
export async function recordUsage(db: Db, record: UsageRecord): Promise<{ costUsd: number | null }> {
  const provider = await findProvider(db, record.provider);
  const cost = provider ? costUsd(provider.pricing, record.model, record.tokensInput, record.tokensOutput) : null;
  await db.insert(schema.modelUsage).values({
    applicationId: record.context.applicationId ?? null,
    sessionId: record.context.sessionId ?? null,
    providerId: provider?.id ?? null,
    modelName: record.model,
    callType: record.callType,
    tokensInput: record.tokensInput,
    tokensOutput: record.tokensOutput,
    costEstimated: cost === null ? null : cost.toFixed(6),
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    purpose: record.context.purpose,
    status: record.status,
    errorMessage: record.errorMessage ?? null,
    requestId: record.requestId ?? null,
  });
  return { costUsd: cost };
}

/** The model_usage status of a failed call. */
export function usageStatusOf(error: LlmError): UsageStatus {
  if (error.kind === "timeout") return "timeout";
  if (error.kind === "refused" && error.httpStatus === 429) return "rate_limited";
  return "failed";
}
