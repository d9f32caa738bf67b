import type { RemoteMode } from "@nyx/shared";
import { normalizeSpace } from "./dom.ts";
import { CITIES, COUNTRIES, REGIONS, rows } from "./place-data.ts";
import { foldKey } from "./text.ts";
import { remoteFromLabel } from "./work-terms.ts";

export interface Place {
  city: string | null;
  country: string | null;
  /** A work mode named inside the location ("Zurich · Hybrid", "Remote - Germany"). */
  remote: RemoteMode | null;
}

/** What the page's host tells about the country: certain (a job board's country site) or only a hint (a ccTLD). */
export interface PlaceHints {
  country?: string | null;
  tldCountry?: string | null;
}

const countryByName = new Map<string, string>();
const countryByCode = new Map<string, string>();
for (const [english, ...rest] of rows(COUNTRIES)) {
  if (!english) continue;
  countryByName.set(foldKey(english), english);
  for (const name of rest) {
    if (/^[A-Z]{2,3}$/.test(name)) countryByCode.set(name, english);
    else countryByName.set(foldKey(name), english);
  }
}

const cityByName = new Map<string, { city: string; country: string }>();
for (const [english, country, ...rest] of rows(CITIES)) {
  if (!english || !country) continue;
  for (const name of [english, ...rest]) cityByName.set(foldKey(name), { city: english, country });
}

/** Region code or folded name → the countries that have such a region. */
const regionCountries = new Map<string, Set<string>>();
for (const [country, table] of Object.entries(REGIONS)) {
  for (const row of rows(table)) {
    for (const name of row) {
      const key = /^[A-Z]{2}$/.test(name) ? name : foldKey(name);
      const set = regionCountries.get(key) ?? new Set<string>();
      set.add(country);
      regionCountries.set(key, set);
    }
  }
}

const NOT_A_PLACE =
  /^(?:remote|hybrid|on-?site|anywhere|worldwide|global|europe|emea|eu|dach|apac|americas|north america|latin america|international|various|multiple locations?|\d+ locations?|mehrere standorte|plusieurs sites|home ?office|télétravail|teletravail|n\/a|tbd|to be defined)$/i;

/** The English name of a country given as a name in any listed language or as an ISO code. */
export function countryName(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = normalizeSpace(value);
  const code = trimmed.replace(/\./g, "");
  return (
    (/^[A-Z]{2,3}$/.test(code) ? countryByCode.get(code) : undefined) ?? countryByName.get(foldKey(trimmed)) ?? null
  );
}

/** The English name of a known city, or the name as given when the dictionary does not know it. */
export function cityName(value: string): string {
  return cityByName.get(foldKey(value))?.city ?? value;
}

/** The country a host's ccTLD suggests (".de" → Germany); a hint only, never proof. */
export function countryFromHost(hostname: string): string | null {
  const tld = hostname.split(".").pop()?.toUpperCase() ?? "";
  if (!/^[A-Z]{2}$/.test(tld) || ["IO", "AI", "CO", "ME", "TV", "CC", "LY", "SH", "GG", "FM", "TO"].includes(tld))
    return null;
  return countryByCode.get(tld === "UK" ? "GB" : tld) ?? null;
}

/** The country a region (canton, state, Land) belongs to, when only one country has it or a hint decides. */
function regionCountry(part: string, hints: PlaceHints): string | null {
  const isCode = /^[A-Z]{2}$/.test(part);
  const countries = regionCountries.get(isCode ? part : foldKey(part));
  if (!countries) return null;
  const iso = isCode ? countryByCode.get(part) : undefined;
  for (const hint of [hints.country, hints.tldCountry]) {
    if (hint && (countries.has(hint) || hint === iso)) return hint;
  }
  // A two-letter code that is also a country code ("BE", "DE", "IN") stays undecided without a hint.
  if (countries.size !== 1 || iso) return null;
  const [only] = countries;
  return only ?? null;
}

/** A country named by the part: a name in any language, a three-letter code, or a two-letter code no region uses. */
function partCountry(part: string): string | null {
  if (/^[A-Z]{2,3}$/.test(part.replace(/\./g, ""))) {
    const code = part.replace(/\./g, "");
    return code.length === 3 || !regionCountries.has(code) ? (countryByCode.get(code) ?? null) : null;
  }
  return countryByName.get(foldKey(part)) ?? null;
}

function isRegion(part: string): boolean {
  return regionCountries.has(/^[A-Z]{2}$/.test(part) ? part : foldKey(part));
}

function cleanPart(part: string): string {
  return normalizeSpace(
    normalizeSpace(part)
      .replace(/^(?:[A-Z]{1,2}-)?\d{4,5}\s+/, "")
      .replace(/\s+\d{4,5}$/, "")
      .replace(/^(?:anywhere\s+)?(?:in|within|from|based in|aus|en|dans)\s+/i, "")
      .replace(/^greater\s+/i, "")
      .replace(/\s+(?:metropolitan\s+)?(?:area|region)$/i, ""),
  );
}

const MODE_WORDS =
  /\b(?:fully remote|remote(?:[- ]first)?|hybrid(?:e)?|on-?site|in[- ]office|home ?office|télétravail|teletravail)(?:\s+work)?\b/gi;

/** "München (Altstadt), Deutschland" → ["München", "Altstadt", "Deutschland"]; "DE-Berlin" → ["DE", "Berlin"]. */
function placeParts(segment: string): string[] {
  return segment
    .replace(MODE_WORDS, " ")
    .replace(/[()[\]]/g, ",")
    .replace(/^\s*([A-Z]{2})-(?=\p{L}{3})/u, "$1, ")
    .split(/\s*,\s*|\s+[-–—/]\s+/)
    .map(cleanPart)
    .filter((p) => p !== "" && !NOT_A_PLACE.test(p));
}

/** The place parts of the first location named, and any work mode named along with it. */
function splitLocation(raw: string): { parts: string[]; remote: RemoteMode | null } {
  let remote: RemoteMode | null = null;
  let parts: string[] = [];
  const segments = raw
    .replace(/\s*(?:\+\s*\d+|and \d+)\s+(?:more|others?|weitere)\b.*$/i, "")
    .split(/\s*[·•|;\n]\s*|\s+(?:or|oder|ou)\s+/i);
  for (const segment of segments) {
    remote ??= remoteFromLabel(segment);
    if (parts.length === 0) parts = placeParts(segment);
  }
  return { parts, remote };
}

/** Reads "München (Altstadt), Deutschland", "Lausanne, VD", "Zurich, Switzerland · Hybrid", "Remote - Germany". */
export function parsePlace(raw: string | null | undefined, hints: PlaceHints = {}): Place {
  if (!raw) return { city: null, country: null, remote: null };
  const { parts, remote } = splitLocation(raw);
  const knownCity = parts.map((p) => cityByName.get(foldKey(p))).find((c) => c !== undefined);
  const plausible = parts.find((p) => !partCountry(p) && !isRegion(p) && /^\p{L}[\p{L}\s.'’-]{0,40}$/u.test(p));
  const city = knownCity?.city ?? (plausible ? cityName(plausible) : null);
  let country: string | null = null;
  for (const part of [...parts].reverse()) {
    if (city && cityName(part) === city) continue;
    country = partCountry(part) ?? regionCountry(part, hints);
    if (country) break;
  }
  country ??= knownCity?.country ?? (city || parts.length > 0 ? (hints.country ?? null) : null);
  return { city, country, remote };
}
