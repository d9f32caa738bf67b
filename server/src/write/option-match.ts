import type { FieldOption } from "@nyx/shared";
import { mentions, normalise, similarity } from "./normalise.ts";
import { realOptions } from "./option-evidence.ts";
import { meaningTags, polarity } from "./option-meaning.ts";

export interface OptionHit {
  option: FieldOption;
  score: number;
}

function sameTags(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || a.size !== b.size) return false;
  for (const t of a) if (!b.has(t)) return false;
  return true;
}

/** How well an option says `wanted` (0..1): exact 0.95, same meaning 0.8, one contains the other 0.75, similar words ≤ 0.7. */
export function optionScore(option: FieldOption, wanted: string): number {
  const label = normalise(option.label);
  const want = normalise(wanted);
  if (want === "") return 0;
  if (label === want) return 0.95;
  if (option.value.trim().toLowerCase() === wanted.trim().toLowerCase()) return 0.9;
  if (sameTags(meaningTags(label), meaningTags(want)) && polarity(label) === polarity(want)) return 0.8;
  if ((want.length >= 3 && mentions(label, want)) || (label.length >= 3 && mentions(want, label))) return 0.75;
  const sim = similarity(label, want);
  return sim >= 0.5 ? 0.5 + sim * 0.2 : 0;
}

/** The option that best says any of `wanted` (several phrasings, languages); none when two options tie below exact. */
export function matchOption(
  options: readonly FieldOption[] | undefined,
  wanted: readonly string[],
): OptionHit | undefined {
  const scored = realOptions(options)
    .map((option) => ({ option, score: Math.max(0, ...wanted.map((w) => optionScore(option, w))) }))
    .filter((h) => h.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best) return undefined;
  if (second && second.score === best.score && best.score < 0.95) return undefined;
  return best;
}

/** The option whose meaning a scoring function rates highest (for levels, durations, modes). */
export function bestOption(
  options: readonly FieldOption[] | undefined,
  rate: (label: string) => number,
): OptionHit | undefined {
  let best: OptionHit | undefined;
  for (const option of realOptions(options)) {
    const score = rate(option.label);
    if (score > 0 && (!best || score > best.score)) best = { option, score };
  }
  return best;
}
