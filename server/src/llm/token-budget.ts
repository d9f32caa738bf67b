import type { Db } from "@nyx/db";
import { schema } from "@nyx/db";
import { and, eq, type SQL, sql } from "drizzle-orm";
import type { CallContext, TokenBudget } from "./call-context.ts";

/** Rough tokens of a call before it is made: prompt characters / 4, plus the output allowed. */
export function estimateTokens(promptCharacters: number, maxOutputTokens: number): number {
  return Math.ceil(promptCharacters / 4) + maxOutputTokens;
}

export interface BudgetVerdict {
  allowed: boolean;
  estimatedTokens: number;
  remainingTokens: number;
}

/**
 * Whether a call estimated at `estimatedTokens` fits the caller's budget, counting the tokens its
 * application has already spent according to model_usage. No budget: always allowed.
 */
export async function checkBudget(db: Db, context: CallContext, estimatedTokens: number): Promise<BudgetVerdict> {
  const budget = context.budget;
  if (!budget) return { allowed: true, estimatedTokens, remainingTokens: Number.POSITIVE_INFINITY };
  assertBudget(budget);
  const spent = context.applicationId ? await spentTokens(db, context, budget) : 0;
  const remainingTokens = Math.max(0, budget.maxTokens - spent);
  return { allowed: estimatedTokens <= remainingTokens, estimatedTokens, remainingTokens };
}

async function spentTokens(db: Db, context: CallContext, budget: TokenBudget): Promise<number> {
  const usage = schema.modelUsage;
  const conditions: SQL[] = [eq(usage.applicationId, context.applicationId ?? "")];
  if (budget.per === "purpose") conditions.push(eq(usage.purpose, context.purpose));
  const [row] = await db
    .select({
      spent: sql<number>`coalesce(sum(coalesce(${usage.tokensInput}, 0) + coalesce(${usage.tokensOutput}, 0)), 0)::float8`,
    })
    .from(usage)
    .where(and(...conditions));
  return Number(row?.spent ?? 0);
}

function assertBudget(budget: TokenBudget): void {
  if (!Number.isInteger(budget.maxTokens) || budget.maxTokens < 0) {
    throw new TypeError(`Expected \`budget.maxTokens\` to be a non-negative integer, got \`${budget.maxTokens}\``);
  }
  if (budget.per !== undefined && budget.per !== "application" && budget.per !== "purpose") {
    throw new TypeError(`Expected \`budget.per\` to be "application" or "purpose", got \`${String(budget.per)}\``);
  }
}
