import type { Fact } from "../facts.ts";
import type { FactRule } from "./types.ts";

/** A dictionary rule: `fact` when `pattern` matches the field's words, worth `weight`. */
export function rule(
  fact: Fact,
  weight: number,
  pattern: RegExp,
  extra: Omit<FactRule, "fact" | "weight" | "pattern"> = {},
): FactRule {
  return { fact, weight, pattern, ...extra };
}
