import { fold, splitOutsideParens } from "./text.ts";

/** Country names as CVs in English, German and French write them: the English name and the ISO code. */
const COUNTRIES: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["Switzerland", "CH", ["switzerland", "schweiz", "suisse", "svizzera"]],
  ["Germany", "DE", ["germany", "deutschland", "allemagne"]],
  ["Austria", "AT", ["austria", "osterreich", "autriche"]],
  ["France", "FR", ["france", "frankreich"]],
  ["Italy", "IT", ["italy", "italien", "italie", "italia"]],
  ["Spain", "ES", ["spain", "spanien", "espagne", "espana"]],
  ["Portugal", "PT", ["portugal"]],
  ["Netherlands", "NL", ["netherlands", "the netherlands", "niederlande", "pays-bas", "holland", "nederland"]],
  ["Belgium", "BE", ["belgium", "belgien", "belgique"]],
  ["Luxembourg", "LU", ["luxembourg", "luxemburg"]],
  ["Liechtenstein", "LI", ["liechtenstein"]],
  ["Monaco", "MC", ["monaco"]],
  ["United Kingdom", "GB", ["united kingdom", "uk", "u.k.", "great britain", "england", "scotland", "wales"]],
  [
    "United Kingdom",
    "GB",
    ["vereinigtes konigreich", "grossbritannien", "großbritannien", "royaume-uni", "angleterre"],
  ],
  ["Ireland", "IE", ["ireland", "irland", "irlande"]],
  ["Denmark", "DK", ["denmark", "danemark", "danemark"]],
  ["Sweden", "SE", ["sweden", "schweden", "suede"]],
  ["Norway", "NO", ["norway", "norwegen", "norvege"]],
  ["Finland", "FI", ["finland", "finnland", "finlande"]],
  ["Iceland", "IS", ["iceland", "island", "islande"]],
  ["Poland", "PL", ["poland", "polen", "pologne"]],
  ["Czechia", "CZ", ["czechia", "czech republic", "tschechien", "republique tcheque"]],
  ["Slovakia", "SK", ["slovakia", "slowakei", "slovaquie"]],
  ["Hungary", "HU", ["hungary", "ungarn", "hongrie"]],
  ["Romania", "RO", ["romania", "rumanien", "roumanie"]],
  ["Bulgaria", "BG", ["bulgaria", "bulgarien", "bulgarie"]],
  ["Greece", "GR", ["greece", "griechenland", "grece"]],
  ["Croatia", "HR", ["croatia", "kroatien", "croatie"]],
  ["Slovenia", "SI", ["slovenia", "slowenien", "slovenie"]],
  ["Serbia", "RS", ["serbia", "serbien", "serbie"]],
  ["Estonia", "EE", ["estonia", "estland", "estonie"]],
  ["Latvia", "LV", ["latvia", "lettland", "lettonie"]],
  ["Lithuania", "LT", ["lithuania", "litauen", "lituanie"]],
  ["Malta", "MT", ["malta", "malte"]],
  ["Cyprus", "CY", ["cyprus", "zypern", "chypre"]],
  ["Ukraine", "UA", ["ukraine"]],
  ["Turkey", "TR", ["turkey", "turkiye", "turkei", "turquie"]],
  ["Israel", "IL", ["israel"]],
  ["United States", "US", ["united states", "united states of america", "usa", "u.s.a.", "us", "u.s."]],
  ["United States", "US", ["vereinigte staaten", "etats-unis"]],
  ["Canada", "CA", ["canada", "kanada"]],
  ["Mexico", "MX", ["mexico", "mexiko", "mexique"]],
  ["Brazil", "BR", ["brazil", "brasilien", "bresil", "brasil"]],
  ["Argentina", "AR", ["argentina", "argentinien", "argentine"]],
  ["India", "IN", ["india", "indien", "inde"]],
  ["China", "CN", ["china", "chine"]],
  ["Japan", "JP", ["japan", "japon"]],
  ["South Korea", "KR", ["south korea", "korea", "sudkorea", "coree du sud"]],
  ["Singapore", "SG", ["singapore", "singapur", "singapour"]],
  ["Hong Kong", "HK", ["hong kong", "hongkong"]],
  ["Australia", "AU", ["australia", "australien", "australie"]],
  ["New Zealand", "NZ", ["new zealand", "neuseeland", "nouvelle-zelande"]],
  ["South Africa", "ZA", ["south africa", "sudafrika", "afrique du sud"]],
  ["Morocco", "MA", ["morocco", "marokko", "maroc"]],
  ["Tunisia", "TN", ["tunisia", "tunesien", "tunisie"]],
  ["Algeria", "DZ", ["algeria", "algerien", "algerie"]],
  ["Egypt", "EG", ["egypt", "agypten", "egypte"]],
  [
    "United Arab Emirates",
    "AE",
    ["united arab emirates", "uae", "vereinigte arabische emirate", "emirats arabes unis"],
  ],
];

const BY_NAME = new Map<string, { name: string; code: string }>();
for (const [name, code, spellings] of COUNTRIES) {
  for (const spelling of spellings) BY_NAME.set(spelling, { name, code });
}

/** The country a piece of text names, in English with its ISO code; undefined when it names none. */
export function readCountry(text: string): { name: string; code: string } | undefined {
  return BY_NAME.get(fold(text).replace(/\s+/g, " ").trim());
}

const REMOTE = [
  "remote",
  "fully remote",
  "remote-first",
  "homeoffice",
  "home office",
  "teletravail",
  "a distance",
  "hybrid",
];

/** "Remote", "Homeoffice", "télétravail": a way of working, not a city. */
export function isRemote(text: string): boolean {
  return REMOTE.includes(fold(text).replace(/[()]/g, "").trim());
}

/** Could be a place name: a few capitalised words, no digits. */
export function placeLike(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !/\d/.test(text) && text.split(/\s+/).length <= 4;
}

/** A line that only says where: "Hamburg, Germany", "Remote, Germany" (a known country last). */
export function readPlaceLine(text: string): { city?: string; country: string } | undefined {
  const parts = splitOutsideParens(text, /,/);
  const country = readCountry(parts.at(-1) ?? "");
  if (!country || parts.length > 2) return undefined;
  const city = parts.length === 2 ? parts[0] : undefined;
  if (city !== undefined && !isRemote(city) && !placeLike(city)) return undefined;
  return city === undefined || isRemote(city) ? { country: country.name } : { city, country: country.name };
}
