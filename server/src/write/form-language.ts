import type { FormDescription } from "@nyx/shared";
import type { Recognition } from "./facts.ts";
import type { PlanContext } from "./plan-types.ts";

/**
 * The language the form speaks: as the caller or the extension says, else the language whose
 * dictionary alone recognised most labels ("Vorname" is only German; "E-Mail" is everyone's),
 * else the posting's, else English.
 */
export function formLanguage(form: FormDescription, ctx: PlanContext, recognitions: readonly Recognition[]): string {
  const stated = ctx.formLanguage ?? form.language;
  if (stated) return stated.slice(0, 2).toLowerCase();
  const votes = new Map<string, number>();
  for (const rec of recognitions) {
    const [only, ...others] = rec.labelLanguages;
    if (only !== undefined && others.length === 0) votes.set(only, (votes.get(only) ?? 0) + 1);
  }
  const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (top && (!next || top[1] > next[1])) return top[0];
  return ctx.posting.language?.slice(0, 2).toLowerCase() ?? "en";
}
