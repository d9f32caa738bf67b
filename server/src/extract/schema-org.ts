import type { Salary } from "@nyx/shared";
import { isoDateOrNull } from "./dates.ts";
import { cityName, countryName, type PlaceHints, parsePlace } from "./places.ts";
import { descriptionHtml, plainText } from "./text.ts";
import type { Layer } from "./types.ts";
import { employmentFromLabel } from "./work-terms.ts";

/** A schema.org node as JSON-LD or microdata gives it. */
export type Node = { readonly [key: string]: unknown };
export type Deref = (value: unknown) => unknown;

export function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function typesOf(node: Node): string[] {
  const type = node["@type"] ?? node.type;
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === "string").map((t) => t.replace(/^.*[/:#]/, ""));
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}

function text(value: unknown): string | null {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return null;
  const cleaned = plainText(value);
  return cleaned === "" ? null : cleaned;
}

function nameOf(value: unknown, deref: Deref): string | null {
  const node = deref(value);
  if (isNode(node)) return text(node.name) ?? text(node.legalName);
  return text(node);
}

function numberOf(value: unknown): number | undefined {
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number(value.replace(/[^\d.]/g, "")) : Number.NaN;
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

const PERIODS: Record<string, Salary["period"]> = { YEAR: "year", ANNUAL: "year", MONTH: "month", HOUR: "hour" };

function salaryOf(value: unknown, deref: Deref): Salary | null {
  const amount = deref(value);
  if (!isNode(amount)) return null;
  const currency = typeof amount.currency === "string" ? amount.currency.trim().toUpperCase() : "";
  if (!/^[A-Z]{3}$/.test(currency)) return null;
  const quantity = deref(amount.value);
  const q = isNode(quantity) ? quantity : { value: quantity };
  const unit = typeof q.unitText === "string" ? q.unitText.trim().toUpperCase() : "YEAR";
  const period = PERIODS[unit];
  if (!period) return null;
  const min = numberOf(q.minValue) ?? numberOf(q.value);
  const max = numberOf(q.maxValue) ?? (q.minValue === undefined ? numberOf(q.value) : undefined);
  if (min === undefined && max === undefined) return null;
  return { currency, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }), period };
}

interface Address {
  city: string | null;
  region: string | null;
  country: string | null;
  raw: string | null;
}

function addressOf(location: unknown, deref: Deref, hints: PlaceHints): Address | null {
  const place = deref(location);
  const address = isNode(place) ? deref(place.address ?? place) : place;
  if (typeof address === "string") {
    const parsed = parsePlace(address, hints);
    return { city: parsed.city, region: null, country: parsed.country, raw: text(address) };
  }
  if (!isNode(address)) return null;
  const locality = text(address.addressLocality);
  const region = text(address.addressRegion);
  const named = nameOf(address.addressCountry, deref);
  // Structured data gives codes in either case ("CH", "ch").
  const country = named && /^[a-z]{2,3}$/i.test(named) ? named.toUpperCase() : named;
  if (!locality && !country && !region) return null;
  const parsed = locality ? parsePlace(locality, hints) : null;
  return {
    city: locality ? (parsed?.city ?? cityName(locality)) : null,
    region,
    country: countryName(country) ?? country ?? parsed?.country ?? null,
    raw: [locality, region, country].filter((p) => p).join(", ") || null,
  };
}

/** Maps a JobPosting node (from JSON-LD or microdata) to what it says about the posting. */
export function fromJobPosting(node: Node, deref: Deref, hints: PlaceHints): Layer {
  const address = list(node.jobLocation)
    .map((l) => addressOf(l, deref, hints))
    .find((a) => a !== null);
  const required = list(node.applicantLocationRequirements)
    .map((r) => nameOf(r, deref))
    .map((name) => countryName(name))
    .find((c) => c !== null);
  const locationType = list(node.jobLocationType).map(String).join(" ");
  const employment = list(node.employmentType).map(String).join(", ");
  const description = typeof node.description === "string" ? descriptionHtml(node.description) : null;
  return {
    title: text(node.title) ?? text(node.name),
    company: nameOf(node.hiringOrganization, deref),
    locationRaw: address?.raw ?? null,
    city: address?.city ?? null,
    country: address?.country ?? required ?? null,
    remote: /TELECOMMUTE/i.test(locationType) ? "remote" : null,
    employmentType: employmentFromLabel(employment.replace(/_/g, " ")),
    postedAt: isoDateOrNull(node.datePosted),
    salary: salaryOf(node.baseSalary, deref) ?? salaryOf(node.estimatedSalary, deref),
    descriptionHtml: description || null,
  };
}
