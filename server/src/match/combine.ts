import type { Settings } from "@nyx/shared";

/** The final match: the structured score and the semantic similarity (cosine, mapped to 0..1). */
export function combinedScore(structured: number, cosine: number | undefined, settings: Settings): number {
  if (cosine === undefined) return round(structured);
  const semantic = Math.max(0, Math.min(1, cosine));
  return round((1 - settings.semanticWeight) * structured + settings.semanticWeight * semantic);
}

export function cosineSimilarity(a: readonly number[], b: readonly number[]): number {
  if (a.length !== b.length || a.length === 0) throw new TypeError("vectors of different lengths");
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    dot += x * y;
    na += x * x;
    nb += y * y;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
