/** The p-th percentile (nearest rank) of the samples, in whole milliseconds. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new TypeError("no samples");
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[rank] ?? 0);
}
