import type { DraftProfile } from "@nyx/shared";
import type { CvLine } from "./cv-lines.ts";
import { matchHeading } from "./headings.ts";
import { readLinks } from "./links.ts";
import { type DraftLocation, readLocation } from "./location.ts";
import type { DraftNotes } from "./notes.ts";
import { documentTitle, nameLike, splitName } from "./person-name.ts";
import { PHONE_CANDIDATE, readPhone } from "./phone.ts";
import { collapse, fold, words } from "./text.ts";

export interface Contact {
  name?: NonNullable<DraftProfile["name"]>;
  headline?: string;
  email?: string;
  phone?: NonNullable<DraftProfile["phone"]>;
  location?: DraftLocation;
  links: Record<string, string>;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;
const SEGMENT = /\s*[·|•▪◦]\s*|\s+[—–]\s+|\t|\s{3,}/;
const LABEL = /^([\p{L} .-]{2,20}?)\s*:\s*(.+)$/u;
const LABELS: ReadonlyArray<readonly [Field, readonly string[]]> = [
  ["email", ["e-mail", "email", "mail", "courriel"]],
  ["phone", ["phone", "tel", "tel.", "telephone", "telefon", "mobile", "mobil", "handy", "cell", "portable", "mob."]],
  ["address", ["address", "adresse", "anschrift", "wohnort", "location", "lieu", "domicile", "ort", "residence"]],
  ["name", ["name", "nom", "full name", "nom complet"]],
  ["first", ["vorname", "prenom", "first name", "given name"]],
  ["last", ["nachname", "nom de famille", "last name", "surname", "family name"]],
];
type Field = "email" | "phone" | "address" | "name" | "first" | "last";
const FIELD_OF = new Map(LABELS.flatMap(([field, labels]) => labels.map((l) => [l, field] as const)));
const DOCUMENT_NOTE = /\s*\((?:cv|lebenslauf|resume|résumé|curriculum vitae)\)\s*/gi;

/**
 * Reads who the person is and how to reach them from the lines before the first section and from a
 * contact section: name, headline, e-mail, phone, where they live, and their own links.
 */
export function readContact(header: readonly CvLine[], contact: readonly CvLine[], notes: DraftNotes): Contact {
  const result: Contact = { links: readLinks([...header, ...contact].map((l) => l.raw)) };
  const name: { first?: string; last?: string } = {};
  // Lines after the name, in the part the name stands in, that could be a headline ("Data Engineer").
  const leftovers: Array<{ text: string; fromHeader: boolean; afterName: boolean }> = [];
  let nameInHeader = false;
  for (const [i, line] of [...header, ...contact].entries()) {
    const fromHeader = i < header.length;
    for (const segment of line.text.split(SEGMENT).map(collapse)) {
      if (segment === "") continue;
      const labelled = LABEL.exec(segment);
      const field = labelled?.[1] === undefined ? undefined : FIELD_OF.get(fold(labelled[1]).trim());
      const value = field === undefined ? segment : collapse(labelled?.[2] ?? "");
      const bareName = field === undefined && !result.name && nameLike(value) && !labelWords(value);
      if (field === "first" || field === "last") name[field] ??= value;
      else if (field === "name" || (bareName && (fromHeader || segment === line.text))) {
        const split = splitName(value);
        if (split && !result.name) {
          result.name = { first: split.first, last: split.last };
          nameInHeader = fromHeader;
          if (split.guessed)
            notes.warn("name", `where the first name ends in "${value}" was a guess; check first and last`);
        }
      } else if ((field === undefined || field === "email") && EMAIL.test(value)) {
        result.email ??= EMAIL.exec(value)?.[0];
      } else if ((field === undefined || field === "phone") && readPhones(value, result, notes)) {
        // read
      } else if (field === "address" || (field === undefined && value.includes(","))) {
        const location = readLocation(value, field === "address");
        if (location && !result.location) result.location = location;
        else if (!location) leftovers.push({ text: value, fromHeader, afterName: result.name !== undefined });
      } else if (field === undefined) {
        leftovers.push({ text: value, fromHeader, afterName: result.name !== undefined });
      }
    }
  }
  if (!result.name && (name.first || name.last)) result.name = name;
  const headline = leftovers.find(
    (l) => headlineLike(l.text) && (result.name ? l.afterName && l.fromHeader === nameInHeader : l.fromHeader),
  );
  if (headline) result.headline = collapse(headline.text.replace(DOCUMENT_NOTE, " "));
  return result;
}

/** "Mobile Phone", "Email Address": labels, not a person. */
function labelWords(text: string): boolean {
  return words(fold(text)).some((w) => FIELD_OF.has(w) || ["address", "number", "phone"].includes(w));
}

function readPhones(value: string, contact: Contact, notes: DraftNotes): boolean {
  const candidate = value.match(PHONE_CANDIDATE)?.[0];
  const phone = candidate ? readPhone(candidate) : undefined;
  if (!phone) return false;
  if (contact.phone) return true;
  contact.phone = phone.country_code
    ? { country_code: phone.country_code, number: phone.number }
    : { number: phone.number };
  if (!phone.country_code)
    notes.warn("phone.country_code", "the phone number has no country calling code (+41, +49, …)");
  return true;
}

/** A title line under the name: words, not an address, a link or a heading. */
function headlineLike(text: string): boolean {
  if (text.length > 100 || documentTitle(text) || matchHeading(text, false)) return false;
  return /\p{L}{3}/u.test(text) && !/[@/]|www\.|\.\w{2,}$|\d{4}/.test(text);
}
