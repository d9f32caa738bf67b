import type { Fact } from "./facts.ts";

/** What the HTML autocomplete tokens say a field holds (https://html.spec.whatwg.org/#autofill-field). */
const TOKENS: Readonly<Record<string, Fact>> = {
  "given-name": "first_name",
  "family-name": "last_name",
  name: "full_name",
  nickname: "preferred_name",
  email: "email",
  tel: "phone",
  "tel-national": "phone_number_national",
  "tel-local": "phone_number_national",
  "tel-country-code": "phone_country_code",
  "street-address": "street",
  "address-line1": "street",
  "address-level2": "city",
  "postal-code": "postal_code",
  country: "country",
  "country-name": "country",
  organization: "current_company",
  "organization-title": "current_title",
  url: "website",
  sex: "gender",
  "one-time-code": "verification_code",
  language: "languages",
};

/** The fact an autocomplete attribute names, ignoring section-*, shipping/billing and home/work/mobile prefixes. */
export function factFromAutocomplete(value: string | undefined): Fact | undefined {
  if (value === undefined) return undefined;
  const tokens = value.trim().toLowerCase().split(/\s+/);
  const last = tokens[tokens.length - 1];
  return last === undefined ? undefined : TOKENS[last];
}
