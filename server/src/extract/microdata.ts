import { all, type DomDocument, type DomElement, normalizeSpace } from "./dom.ts";
import { fromJobPosting, type Node } from "./schema-org.ts";
import type { Layer, PageContext } from "./types.ts";

function propertyValue(element: DomElement, base: URL): unknown {
  if (element.hasAttribute("itemscope")) return readItem(element, base);
  const tag = element.localName.toLowerCase();
  if (tag === "meta") return element.getAttribute("content") ?? "";
  if (tag === "time") return element.getAttribute("datetime") ?? normalizeSpace(element.textContent ?? "");
  if (["a", "link", "area"].includes(tag) || ["img", "audio", "video", "source"].includes(tag)) {
    const raw = element.getAttribute(tag === "img" || tag === "source" ? "src" : "href") ?? "";
    try {
      return new URL(raw, base).href;
    } catch {
      return raw;
    }
  }
  if (tag === "data" || tag === "meter") return element.getAttribute("value") ?? "";
  if (element.getAttribute("itemprop") === "description") return element.innerHTML;
  return normalizeSpace(element.textContent ?? "");
}

/** One microdata item: its properties, each from the nearest elements whose closest item is this one. */
function readItem(root: DomElement, base: URL): Node {
  const item: Record<string, unknown> = {};
  const type = root.getAttribute("itemtype");
  if (type) item["@type"] = type;
  for (const element of all(root, "[itemprop]")) {
    if (element.parentElement?.closest("[itemscope]") !== root) continue;
    const value = propertyValue(element, base);
    for (const name of (element.getAttribute("itemprop") ?? "").split(/\s+/)) {
      if (name !== "" && !(name in item)) item[name] = value;
    }
  }
  return item;
}

/** The schema.org JobPosting written as microdata (itemscope/itemprop) in the page, as a layer. */
export function microdataLayer(doc: DomDocument | null, ctx: PageContext): Layer {
  if (!doc) return {};
  const root = all(doc, "[itemscope][itemtype]").find((el) => /JobPosting$/i.test(el.getAttribute("itemtype") ?? ""));
  if (!root) return {};
  return fromJobPosting(readItem(root, ctx.url), (value) => value, ctx.hints);
}
