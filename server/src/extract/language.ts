/** Guesses the language of a posting by counting common function words. */

const STOP_WORDS: Record<string, string> = {
  en: "the and of to in for with you our we is are will on an be as your this that have from",
  de: "der die das und ist mit für sie wir ihre ihr von zu den im auf ein eine bei nicht auch dem des unsere unser sind oder",
  fr: "le la les et des du en pour avec vous nous est une un dans sur votre notre au aux qui vos nos sont",
  es: "el los las y para con que es una por del nuestro nuestra tu su como se",
  it: "il di che per con una del della sono nel siamo nostro nostra gli le dei e",
  nl: "het een en van voor met je wij op bij zijn onze jouw ons ook niet wordt",
  pt: "o os em para com um uma do da não você nosso nossa são dos das",
};

const lookup = new Map<string, string[]>();
for (const [language, words] of Object.entries(STOP_WORDS)) {
  for (const word of words.split(" ")) lookup.set(word, [...(lookup.get(word) ?? []), language]);
}

/** Two-letter language of the text, or null when it is too short or too mixed to tell. */
export function detectLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  for (const word of words.slice(0, 2000)) {
    for (const language of lookup.get(word) ?? []) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 3) return null;
  if (second && best[1] < second[1] * 1.2) return null;
  return best[0];
}

/** The language an `lang` attribute declares ("de-CH" → "de"). */
export function languageFromTag(tag: string | null | undefined): string | null {
  const m = /^([a-z]{2})(?:[-_]|$)/i.exec(tag?.trim() ?? "");
  return m?.[1]?.toLowerCase() ?? null;
}
