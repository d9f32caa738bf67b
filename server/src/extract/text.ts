import { type DomElement, type DomNode, ELEMENT_NODE, normalizeSpace, parseFragment, TEXT_NODE } from "./dom.ts";

const BLOCK = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "br",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "hr",
  "li",
  "main",
  "nav",
  "ol",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tr",
  "ul",
]);
const CELL = new Set(["td", "th"]);
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "button", "iframe", "object", "embed"]);
const UNSAFE = "script, style, noscript, template, iframe, object, embed, form, input, button, select, textarea";

function walk(node: DomNode, out: string[]): void {
  if (node.nodeType === TEXT_NODE) {
    out.push(node.textContent ?? "");
    return;
  }
  if (node.nodeType !== ELEMENT_NODE) return;
  const tag = (node as DomElement).localName.toLowerCase();
  if (SKIPPED.has(tag)) return;
  const block = BLOCK.has(tag);
  if (block) out.push("\n");
  for (const child of Array.from(node.childNodes)) walk(child, out);
  if (block) out.push("\n");
  else if (CELL.has(tag)) out.push(" ");
}

/** Readable text of an element: one line per block, entities decoded, whitespace collapsed. */
export function blockText(element: DomElement | null | undefined): string {
  if (!element) return "";
  const out: string[] = [];
  walk(element, out);
  return out
    .join("")
    .split("\n")
    .map(normalizeSpace)
    .filter((line) => line !== "")
    .join("\n");
}

/** Decodes HTML entities in text that holds no markup ("&lt;p&gt;" → "<p>", "&euro;" → "€"). */
export function decodeEntities(value: string): string {
  if (!value.includes("&")) return value;
  if (value.includes("<")) return value;
  return parseFragment(`<div>${value}</div>`)?.textContent ?? value;
}

/** Text fields from structured data may carry entities or stray tags; this gives plain text. */
export function plainText(value: string): string {
  const decoded = decodeEntities(value);
  if (!/<[a-z!/]/i.test(decoded)) return normalizeSpace(decoded);
  return normalizeSpace(parseFragment(decoded)?.textContent ?? decoded);
}

/** A description from structured data: plain text, HTML, or HTML escaped once as entities. */
export function descriptionHtml(value: string): string {
  const trimmed = value.trim();
  if (/&lt;\/?[a-z][^&]*&gt;/i.test(trimmed) && !/<[a-z][^>]*>/i.test(trimmed)) return decodeEntities(trimmed);
  return trimmed;
}

/** The description's HTML without scripts, styles, form controls or event handlers. */
export function sanitizeHtml(html: string): string {
  const body = parseFragment(html);
  if (!body) return "";
  for (const element of Array.from(body.querySelectorAll(UNSAFE))) element.remove();
  for (const element of Array.from(body.querySelectorAll("*"))) {
    for (const { name, value } of Array.from(element.attributes)) {
      if (/^on/i.test(name) || /^\s*javascript:/i.test(value)) element.removeAttribute(name);
    }
  }
  return body.innerHTML.trim();
}

export function htmlToText(html: string): string {
  return blockText(parseFragment(html));
}

/** Splits prose into sentences (and lines), keeping numbers like "85.000" whole. */
export function sentences(text: string): string[] {
  return text
    .split(/\n|(?<=[.!?;])\s+(?=[\p{Lu}\d"“„«(])/u)
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Lower-case, without accents or dots: the key the dictionaries match on. */
export function foldKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/[\s_-]+/g, " ")
    .trim();
}
