import type { DraftProfile } from "@nyx/shared";
import type { CvLine } from "./cv-lines.ts";
import type { DraftNotes } from "./notes.ts";
import { escapeRegExp, fold, hasPhrase, splitOutsideParens, words } from "./text.ts";

type DraftLanguage = NonNullable<DraftProfile["languages"]>[number];
type Level = NonNullable<DraftLanguage["level"]>;

/** Language names as English, German and French CVs write them (folded) → the English name. */
const LANGUAGES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ["English", ["english", "englisch", "anglais"]],
  ["German", ["german", "deutsch", "allemand"]],
  ["Swiss German", ["swiss german", "schweizerdeutsch", "suisse allemand"]],
  ["French", ["french", "franzosisch", "francais"]],
  ["Italian", ["italian", "italienisch", "italien"]],
  ["Spanish", ["spanish", "spanisch", "espagnol"]],
  ["Portuguese", ["portuguese", "portugiesisch", "portugais"]],
  ["Dutch", ["dutch", "niederlandisch", "neerlandais"]],
  ["Russian", ["russian", "russisch", "russe"]],
  ["Polish", ["polish", "polnisch", "polonais"]],
  ["Turkish", ["turkish", "turkisch", "turc"]],
  ["Arabic", ["arabic", "arabisch", "arabe"]],
  ["Chinese", ["chinese", "chinesisch", "chinois"]],
  ["Mandarin", ["mandarin"]],
  ["Japanese", ["japanese", "japanisch", "japonais"]],
  ["Korean", ["korean", "koreanisch", "coreen"]],
  ["Hindi", ["hindi"]],
  ["Swedish", ["swedish", "schwedisch", "suedois"]],
  ["Danish", ["danish", "danisch", "danois"]],
  ["Norwegian", ["norwegian", "norwegisch", "norvegien"]],
  ["Finnish", ["finnish", "finnisch", "finnois"]],
  ["Greek", ["greek", "griechisch", "grec"]],
  ["Czech", ["czech", "tschechisch", "tcheque"]],
  ["Hungarian", ["hungarian", "ungarisch", "hongrois"]],
  ["Romanian", ["romanian", "rumanisch", "roumain"]],
  ["Ukrainian", ["ukrainian", "ukrainisch", "ukrainien"]],
  ["Hebrew", ["hebrew", "hebraisch", "hebreu"]],
  ["Catalan", ["catalan", "katalanisch"]],
  ["Croatian", ["croatian", "kroatisch", "croate"]],
  ["Serbian", ["serbian", "serbisch", "serbe"]],
];
const NAME_OF = new Map(LANGUAGES.flatMap(([name, spellings]) => spellings.map((s) => [s, name] as const)));
const SPELLINGS = [...NAME_OF.keys()].sort((a, b) => b.length - a.length);

/** Words for a level, mapped to the nearest CEFR level; a level read from words is always flagged for review. */
const LEVEL_WORDS: ReadonlyArray<readonly [Level, readonly string[]]> = [
  ["native", ["native", "mother tongue", "first language", "muttersprache", "muttersprachlich", "erstsprache"]],
  ["native", ["langue maternelle", "maternelle", "natif", "native speaker", "bilingual", "bilingue", "zweisprachig"]],
  ["C1", ["fluent", "fliessend", "fließend", "verhandlungssicher", "courant", "couramment", "business fluent"]],
  ["C1", ["full professional proficiency", "professional working proficiency", "sehr gut", "excellent"]],
  ["B2", ["good", "gut", "gute kenntnisse", "bon niveau", "bonnes connaissances", "upper intermediate"]],
  ["B1", ["intermediate", "conversational", "intermediaire", "mittel"]],
  ["A2", ["basic", "basics", "elementary", "grundkenntnisse", "notions", "scolaire", "limited working proficiency"]],
  ["A1", ["beginner", "anfanger", "debutant"]],
];
const WORD_LEVELS = LEVEL_WORDS.flatMap(([level, phrases]) => phrases.map((p) => [p, level] as const)).sort(
  (a, b) => b[0].length - a[0].length,
);
const CEFR = /(?<![\p{L}\d])([ABC][12])(?![\p{L}\d])/giu;

/**
 * Reads a languages section: "English (C2)", "Deutsch – Muttersprache", "anglais : courant".
 * `recognised` is false when no item named a language (a "Languages: Python, Go" line of skills).
 */
export function readLanguages(
  lines: readonly CvLine[],
  notes: DraftNotes,
  offset: number,
): { languages: DraftLanguage[]; recognised: boolean } {
  const languages: DraftLanguage[] = [];
  const items = lines.flatMap((l) => splitOutsideParens(l.text, /[,;·•|]/));
  for (const item of items) {
    const found = knownName(item) ?? unknownName(item);
    if (!found) continue;
    const name = found.name;
    if (languages.some((l) => l.lang === name)) continue;
    const path = `languages.${offset + languages.length}`;
    const level = readLevel(item.slice(found.length), `${path}.level`, notes);
    languages.push(level ? { lang: name, level } : { lang: name });
    if (!level) notes.lack(`${path}.level`);
  }
  return { languages, recognised: items.some((i) => knownName(i) !== undefined) };
}

/**
 * Without a languages section: a known language with its level in brackets anywhere in the CV,
 * as a summary may say "English (C2), German (C1)".
 */
export function readLanguagesInText(text: string, notes: DraftNotes): DraftLanguage[] {
  const languages: DraftLanguage[] = [];
  const pattern = new RegExp(`(?<!\\p{L})(${SPELLINGS.map(escapeRegExp).join("|")})\\s*\\(([^)]{1,40})\\)`, "giu");
  for (const m of fold(text).matchAll(pattern)) {
    const name = NAME_OF.get(m[1] ?? "");
    if (!name || languages.some((l) => l.lang === name)) continue;
    const level = readLevel(m[2] ?? "", `languages.${languages.length}.level`, notes);
    if (level) languages.push({ lang: name, level });
  }
  if (languages.length > 0) {
    notes.warn("languages", "read from the text (the CV has no languages section); check the levels");
  }
  return languages;
}

/** The language an item starts with, and how long its name is as written. */
function knownName(item: string): { name: string; length: number } | undefined {
  const folded = fold(item);
  const spelling = SPELLINGS.find((s) => folded.startsWith(s) && !/\p{L}/u.test(folded[s.length] ?? ""));
  const name = spelling === undefined ? undefined : NAME_OF.get(spelling);
  return name === undefined || spelling === undefined ? undefined : { name, length: spelling.length };
}

/** A language not in the list, written as "Name: level" or "Name (level)" in a languages section. */
function unknownName(item: string): { name: string; length: number } | undefined {
  const m = /^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)\s*[(:–—-]/u.exec(item);
  if (!m?.[1] || words(m[1]).length > 2) return undefined;
  const rest = item.slice(m[1].length);
  return new RegExp(CEFR.source, "iu").test(rest) || levelIn(rest) ? { name: m[1], length: m[1].length } : undefined;
}

function readLevel(text: string, path: string, notes: DraftNotes): Level | undefined {
  const cefr = [...text.matchAll(CEFR)].map((m) => (m[1] ?? "").toUpperCase() as Level);
  const [first] = cefr;
  if (first) {
    if (new Set(cefr).size > 1) notes.warn(path, `the CV gives ${cefr.join(" and ")}; took ${first}`);
    return first;
  }
  const word = levelIn(text);
  if (!word) return undefined;
  const at = fold(text).indexOf(word[0]);
  const written = at >= 0 ? text.slice(at, at + word[0].length) : word[0];
  notes.warn(path, `the CV says "${written}", read as ${word[1]}; check`);
  return word[1];
}

function levelIn(text: string): readonly [string, Level] | undefined {
  const folded = fold(text);
  return WORD_LEVELS.find(([phrase]) => hasPhrase(folded, [phrase]));
}
