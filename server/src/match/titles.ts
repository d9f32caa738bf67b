/** How alike two job titles are, 0..1: word overlap after expanding abbreviations and dropping noise. */
const ALIASES: [RegExp, string][] = [
  [/\bml\b/g, "machine learning"],
  [/\bai\b/g, "artificial intelligence"],
  [/\bsr\.?\b/g, "senior"],
  [/\bjr\.?\b/g, "junior"],
  [/\bswe\b/g, "software engineer"],
  [/\bnlp\b/g, "natural language processing"],
  [/\bingenieur(in)?\b/g, "engineer"],
  [/\bentwickler(in)?\b/g, "developer"],
  [/\bingénieur(e)?\b/g, "engineer"],
  [/\bdata scientist(in)?\b/g, "data scientist"],
];
const NOISE = new Set([
  "m",
  "w",
  "d",
  "f",
  "h",
  "x",
  "the",
  "and",
  "of",
  "for",
  "in",
  "at",
  "a",
  "an",
  "mwd",
  "fmd",
  "hf",
]);
const SENIORITY = new Set(["senior", "junior", "lead", "principal", "staff", "head", "intern"]);

function words(title: string): Set<string> {
  let t = title.toLowerCase();
  for (const [pattern, replacement] of ALIASES) t = t.replace(pattern, replacement);
  return new Set(
    t
      .replace(/\([^)]*\)/g, " ")
      .split(/[^\p{L}\p{N}+#]+/u)
      .filter((w) => w.length > 0 && !NOISE.has(w)),
  );
}

export function titleSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const core = (s: Set<string>) => new Set([...s].filter((w) => !SENIORITY.has(w)));
  const ca = core(wa);
  const cb = core(wb);
  if (ca.size === 0 || cb.size === 0) return 0;
  const shared = [...cb].filter((w) => ca.has(w)).length;
  // How much of the target title the job title covers, softened by the job title's extra words.
  const coverage = shared / cb.size;
  const precision = shared / ca.size;
  return Math.round((0.7 * coverage + 0.3 * precision) * 1000) / 1000;
}
