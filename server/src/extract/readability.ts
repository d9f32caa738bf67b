import { Readability } from "@mozilla/readability";
import { all, type DomDocument, type DomElement, parseDocument } from "./dom.ts";
import { blockText } from "./text.ts";

const CONTAINERS = [
  "[itemprop=description]",
  "#job-description",
  ".job-description",
  "[class*=job-description]",
  "[class*=jobDescription]",
  "[id*=job-description]",
  "article",
  "main",
  "[role=main]",
];

const MAX_ELEMENTS = 25_000;

/** The page's main text as HTML, by Mozilla Readability; null when it finds no article. */
export function readableHtml(html: string, page: DomDocument): string | null {
  // On huge pages Readability is slow and drawn to the biggest block of text: the container search takes over.
  if (page.querySelectorAll("*").length > MAX_ELEMENTS) return null;
  try {
    // Readability rewrites the document it reads, so it gets its own copy.
    const article = new Readability(parseDocument(html), { charThreshold: 300, keepClasses: false }).parse();
    const content = article?.content?.trim();
    return content ? content : null;
  } catch {
    return null;
  }
}

/** The largest description-like container of the page, when Readability finds nothing. */
export function containerHtml(doc: DomDocument): string | null {
  let best: { element: DomElement; length: number } | null = null;
  for (const selector of CONTAINERS) {
    for (const element of all(doc, selector)) {
      const length = blockText(element).length;
      if (length > 200 && (!best || length > best.length)) best = { element, length };
    }
    if (best) return best.element.innerHTML;
  }
  return null;
}
