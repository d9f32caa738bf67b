import { DICTIONARIES } from "./dictionaries/index.ts";
import { words } from "./normalise.ts";

/** The language a running text is written in, by its most frequent small words; undefined when unclear. */
export function textLanguage(text: string): string | undefined {
  const seen = words(text);
  const scores = DICTIONARIES.map((d) => {
    const stop = new Set(d.stopwords);
    return { lang: d.lang, hits: seen.filter((w) => stop.has(w)).length };
  }).sort((a, b) => b.hits - a.hits);
  const [top, next] = scores;
  if (!top || top.hits < 3 || (next && next.hits * 1.5 > top.hits)) return undefined;
  return top.lang;
}
