import type { DraftProfile } from "@nyx/shared";
import { placeLike, readCountry } from "./places.ts";
import { splitOutsideParens } from "./text.ts";

export type DraftLocation = NonNullable<DraftProfile["location"]>;

const POSTAL_THEN_CITY = /^((?:[A-Z]{1,2}-)?\d{4,5})\s+(\p{L}.*)$/u;
const US_STATE = /^[A-Z]{2}(?:\s+(\d{5}))?$/;

/**
 * Reads where the person lives: "Lyon, France", "Hauptstrasse 5, 4051 Basel, Schweiz",
 * "Lyon, France". Without a known country name the text counts only when a label said it is an
 * address (`labelled`); the city is kept as written, the country given in English with its code.
 */
export function readLocation(text: string, labelled: boolean): DraftLocation | undefined {
  const parts = splitOutsideParens(text, /,/);
  const location: DraftLocation = {};
  const country = readCountry(parts.at(-1) ?? "");
  if (country) {
    parts.pop();
  } else if (parts.length === 0 || !(labelled || POSTAL_THEN_CITY.test(parts.at(-1) ?? ""))) {
    // Without a country or a label, only a postal code before a city ("10115 Berlin") says it is an address.
    return undefined;
  }
  const state = US_STATE.exec(parts.at(-1) ?? "");
  if (state && parts.length > 1) {
    parts.pop();
    if (state[1]) location.postal_code = state[1];
  }
  const place = parts.pop();
  if (place) {
    const postal = POSTAL_THEN_CITY.exec(place);
    if (postal?.[1] && postal[2]) {
      location.postal_code = postal[1];
      location.city = postal[2];
    } else if (placeLike(place)) {
      location.city = place;
    }
  }
  const street = parts.find((p) => /\d/.test(p) && /\p{L}/u.test(p));
  if (street) location.street = street;
  if (country) {
    location.country = country.name;
    location.country_code = country.code;
  }
  return location.city || location.country ? order(location) : undefined;
}

/** The keys in the order profile.yaml writes them. */
function order(l: DraftLocation): DraftLocation {
  const out: DraftLocation = {};
  if (l.street) out.street = l.street;
  if (l.city) out.city = l.city;
  if (l.postal_code) out.postal_code = l.postal_code;
  if (l.country) out.country = l.country;
  if (l.country_code) out.country_code = l.country_code;
  return out;
}
