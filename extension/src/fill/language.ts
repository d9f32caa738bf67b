/**
 * The two-letter language of a form. The form's own words decide when they are clear enough
 * (an English ATS page around a German questionnaire is a German form); otherwise the closest
 * `lang` attribute (`<html lang="de-CH">` → "de").
 */

const STOPWORDS: Record<string, readonly string[]> = {
  en: "the and you your are of to for do what with have name please this in is how did about work will i my".split(" "),
  de: "der die das und sie ihre ihr ist für mit wie bitte nicht ein eine zu den auf ich wir bei möchten sind haben".split(
    " ",
  ),
  fr: "le la les et vous votre vos est pour avec des une du de je nous êtes quel quelle sur pas merci avez".split(" "),
  es: "el la los las y usted su es para con del una por qué cómo tiene está nuestro sus al".split(" "),
  it: "il lo gli e tuo tua è per con del della una che come sei hai nostro dei alla lei suo sua ha di non".split(" "),
  nl: "de het en je jouw uw is voor met een van wat hoe niet wij bent heeft naar ons".split(" "),
  pt: "o os as e você seu sua é para com uma do da dos que como não nosso tem".split(" "),
};

/** Language of the words, with how sure the guess is. */
function guessLanguage(text: string): { language: string | undefined; hits: number; confident: boolean } {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const counts = new Map<string, number>();
  for (const word of words) {
    for (const [language, list] of Object.entries(STOPWORDS)) {
      if (list.includes(word)) counts.set(language, (counts.get(language) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best) return { language: undefined, hits: 0, confident: false };
  const confident = best[1] >= 6 && best[1] >= 2 * (second?.[1] ?? 0);
  return { language: best[0], hits: best[1], confident };
}

/** The primary subtag of the nearest `lang` attribute ("de-CH" → "de"). */
function declaredLanguage(root: Document | Element): string | undefined {
  const start = "documentElement" in root ? root.documentElement : root;
  const element = start?.closest("[lang]");
  const lang = element?.getAttribute("lang")?.trim().toLowerCase();
  const primary = lang?.split(/[-_]/)[0];
  return primary && /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

export function languageOf(root: Document | Element, formText: string): string | undefined {
  const guess = guessLanguage(formText);
  if (guess.confident) return guess.language;
  return declaredLanguage(root) ?? guess.language;
}
