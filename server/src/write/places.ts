import { DICTIONARIES, dictionaryFor } from "./dictionaries/index.ts";
import { normalise } from "./normalise.ts";

/** Countries and languages named in any dictionary's language, and what Nyx needs to know about them. */

const EU = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" ");
const EFTA = ["CH", "NO", "IS", "LI"];
const EURO = "AT BE BG HR CY EE FI FR DE GR IE IT LV LT LU MT NL PT SK SI ES".split(" ");
const CURRENCY: Readonly<Record<string, string>> = {
  CH: "CHF",
  LI: "CHF",
  GB: "GBP",
  US: "USD",
  DK: "DKK",
  SE: "SEK",
  NO: "NOK",
  IS: "ISK",
  PL: "PLN",
  CZ: "CZK",
  HU: "HUF",
  RO: "RON",
  CA: "CAD",
  AU: "AUD",
  NZ: "NZD",
  IN: "INR",
  CN: "CNY",
  JP: "JPY",
  SG: "SGD",
  IL: "ILS",
  BR: "BRL",
  MX: "MXN",
  AE: "AED",
  ZA: "ZAR",
  TR: "TRY",
  UA: "UAH",
  RS: "RSD",
};

/** The key a region stands for in `work_authorization` ("EU" for the EU/EFTA free-movement area). */
export const FREE_MOVEMENT = "EU";

interface Name {
  code: string;
  text: string;
  caseSensitive: boolean;
  /** Finds the name as a whole word (a language name also as the head of "Deutschkenntnisse"). */
  re: RegExp;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function names(
  pick: (d: (typeof DICTIONARIES)[number]) => Readonly<Record<string, readonly string[]>>,
  suffix = "",
): Name[] {
  const out: Name[] = [];
  for (const d of DICTIONARIES) {
    for (const [code, list] of Object.entries(pick(d))) {
      for (const n of list) {
        const caseSensitive = n.length <= 3 && n === n.toUpperCase();
        const text = caseSensitive ? n : normalise(n);
        const re = new RegExp(`(^|[^\\p{L}\\p{N}])${escapeRegExp(text)}${suffix}(?=$|[^\\p{L}\\p{N}])`, "u");
        out.push({ code, text, caseSensitive, re });
      }
    }
  }
  return out.sort((a, b) => b.text.length - a.text.length);
}

const COUNTRY_NAMES = names((d) => d.places.countries);
const DEMONYMS = names((d) => d.places.demonyms);
const REGIONS = names((d) => d.places.regions);
const LANGUAGES = names((d) => d.places.languages, "(?:kenntnisse?|sprache|sprachkenntnisse)?");

function found(text: string, normalised: string, n: Name): number {
  const haystack = n.caseSensitive ? text : normalised;
  // A text names few of the thousand-odd names: a plain substring test rules out the rest before
  // their Unicode expressions are compiled (V8 keeps each compiled one, megabytes in all) and run.
  if (!haystack.includes(n.text)) return -1;
  const m = n.re.exec(haystack);
  return m ? m.index : -1;
}

/** Countries (ISO codes) and regions ("EU") a text names, in the order it names them. */
export function countriesIn(text: string, withAdjectives = true): string[] {
  const lists = withAdjectives ? [COUNTRY_NAMES, DEMONYMS, REGIONS] : [COUNTRY_NAMES];
  const hits: { code: string; at: number }[] = [];
  const normalised = normalise(text);
  for (const list of lists) {
    for (const n of list) {
      const at = found(text, normalised, n);
      if (at >= 0 && !hits.some((h) => h.code === n.code)) hits.push({ code: n.code, at });
    }
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.code);
}

/** The ISO code of a country written as a name in any known language, or as a code ("CH"). */
export function countryCode(name: string | null | undefined): string | undefined {
  if (!name) return undefined;
  const trimmed = name.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && COUNTRY_NAMES.some((c) => c.code === trimmed)) return trimmed;
  const n = normalise(trimmed);
  const exact = [...COUNTRY_NAMES, ...REGIONS].find((c) => (c.caseSensitive ? c.text === trimmed : c.text === n));
  return exact?.code;
}

/** The country's name in a language ("CH", "de" → "Schweiz"). */
export function countryName(code: string, lang: string): string | undefined {
  return dictionaryFor(lang).places.countries[code]?.[0];
}

/** EU and EFTA members: free movement of workers. */
export function inFreeMovementArea(code: string): boolean {
  return EU.includes(code) || EFTA.includes(code);
}

export function currencyOf(code: string): string | undefined {
  return EURO.includes(code) ? "EUR" : CURRENCY[code];
}

/** Languages a text names (English names), e.g. "Deutschkenntnisse" → ["German"]. */
export function languagesIn(text: string): string[] {
  const hits: { code: string; at: number }[] = [];
  const normalised = normalise(text);
  for (const n of LANGUAGES) {
    const at = found(text, normalised, n);
    if (at >= 0 && !hits.some((h) => h.code === n.code)) hits.push({ code: n.code, at });
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.code);
}

/** A language's name in another language ("German", "de" → "Deutsch"). */
export function languageName(english: string, lang: string): string {
  return dictionaryFor(lang).places.languages[english]?.[0] ?? english;
}

/** The English name of a language written in any known language ("Deutsch" → "German"). */
export function languageKey(name: string): string | undefined {
  const n = normalise(name);
  return LANGUAGES.find((l) => l.text === n)?.code;
}
