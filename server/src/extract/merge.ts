import type { ExtractedPosting, PostingSnapshot } from "@nyx/shared";
import { normalizeSpace } from "./dom.ts";
import { detectLanguage } from "./language.ts";
import { type Place, parsePlace } from "./places.ts";
import { salaryFromProse } from "./salary.ts";
import { htmlToText, sanitizeHtml } from "./text.ts";
import type { Layer, PageContext } from "./types.ts";
import {
  employmentFromProse,
  employmentFromTitle,
  remoteFromLabel,
  remoteFromProse,
  seniorityFromTitle,
} from "./work-terms.ts";

type Key = Exclude<keyof Layer, "quickApply">;

function pick<K extends Key>(layers: readonly Layer[], key: K): NonNullable<Layer[K]> | null {
  for (const layer of layers) {
    const value = layer[key];
    if (value !== undefined && value !== null && value !== "") return value as NonNullable<Layer[K]>;
  }
  return null;
}

/** The extension adapter's reading of the live DOM, as the first layer. */
export function extensionLayer(extraction: PostingSnapshot["extraction"]): Layer {
  if (!extraction) return {};
  const { descriptionRaw, descriptionClean, platform: _platform, ...rest } = extraction;
  return { ...rest, descriptionHtml: descriptionRaw || (descriptionClean ? textAsHtml(descriptionClean) : null) };
}

function textAsHtml(text: string): string {
  const escapeLine = (line: string) => line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  return text
    .split(/\n+/)
    .map((line) => `<p>${escapeLine(line)}</p>`)
    .join("");
}

/** A work mode the title names in passing: "Data Engineer (Remote)", "Backend Developer – Hybrid". */
function remoteFromTitle(title: string): ReturnType<typeof remoteFromLabel> {
  const m = /\(([^)]*)\)\s*$|[-–—|·]\s*([^-–—|·]+)$/.exec(title);
  const tail = m?.[1] ?? m?.[2] ?? "";
  return /remote|hybrid|on-?site|télétravail|home ?office/i.test(tail) ? remoteFromLabel(tail) : null;
}

interface Description {
  html: string;
  text: string;
}

function chooseDescription(layers: readonly Layer[], fallback: () => string | null): Description {
  let best: Description | null = null;
  for (const layer of layers) {
    if (!layer.descriptionHtml) continue;
    const html = sanitizeHtml(layer.descriptionHtml);
    const text = htmlToText(html);
    if (!best || text.length > best.text.length) best = { html, text };
  }
  if (!best || best.text.length < 200) {
    const html = fallback();
    const clean = html ? sanitizeHtml(html) : null;
    const text = clean ? htmlToText(clean) : "";
    if (clean && text.length > (best?.text.length ?? 0)) best = { html: clean, text };
  }
  return best ?? { html: "", text: "" };
}

function choosePlace(layers: readonly Layer[], ctx: PageContext): Place & { raw: string | null } {
  const places = layers.map((layer) =>
    layer.city || layer.country
      ? { city: layer.city ?? null, country: layer.country ?? null, remote: null }
      : parsePlace(layer.locationRaw, ctx.hints),
  );
  const withCity = places.find((p) => p.city);
  // The raw location is what the page shows: markup layers first, structured data (which only gives parts) last.
  const shown = layers.filter((layer) => !layer.city && !layer.country);
  return {
    city: withCity?.city ?? null,
    country: withCity?.country ?? places.find((p) => p.country)?.country ?? null,
    remote: places.find((p) => p.remote)?.remote ?? null,
    raw: pick(shown, "locationRaw") ?? pick(layers, "locationRaw"),
  };
}

/** Field by field, the first layer that states a value wins; text rules fill what no layer states. */
export function mergeLayers(
  layers: readonly Layer[],
  ctx: PageContext,
  options: { fallbackDescription: () => string | null; pageLanguage: string | null },
): ExtractedPosting | null {
  const rawTitle = pick(layers, "title");
  const title = rawTitle ? normalizeSpace(rawTitle) : "";
  if (title === "") return null;
  const description = chooseDescription(layers, options.fallbackDescription);
  const place = choosePlace(layers, ctx);
  const company = pick(layers, "company");
  return {
    platform: ctx.platform,
    title,
    company: company ? normalizeSpace(company) : null,
    locationRaw: place.raw,
    city: place.city,
    country: place.country,
    remote: pick(layers, "remote") ?? place.remote ?? remoteFromTitle(title) ?? remoteFromProse(description.text),
    employmentType:
      pick(layers, "employmentType") ?? employmentFromTitle(title) ?? employmentFromProse(description.text),
    seniority: pick(layers, "seniority") ?? seniorityFromTitle(title),
    department: pick(layers, "department"),
    postedAt: pick(layers, "postedAt"),
    salary: pick(layers, "salary") ?? salaryFromProse(description.text),
    descriptionRaw: description.html,
    descriptionClean: description.text,
    applyUrl: pick(layers, "applyUrl"),
    language: pick(layers, "language") ?? detectLanguage(description.text) ?? options.pageLanguage,
    quickApply: layers.some((layer) => layer.quickApply === true),
  };
}
