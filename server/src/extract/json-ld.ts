import { all, type DomDocument } from "./dom.ts";
import { type Deref, fromJobPosting, isNode, type Node, typesOf } from "./schema-org.ts";
import type { Layer, PageContext } from "./types.ts";

function parseBlock(source: string): unknown {
  try {
    return JSON.parse(source);
  } catch {
    try {
      // Raw line breaks and tabs inside strings are the usual fault of hand-written JSON-LD.
      return JSON.parse(source.replace(/[\n\r\t\f\v]+/g, " "));
    } catch {
      return undefined;
    }
  }
}

/** The JSON-LD blocks of the page plus any the content script already parsed. */
export function jsonLdBlocks(doc: DomDocument | null, provided: readonly unknown[]): unknown[] {
  const blocks = [...provided];
  if (doc) {
    for (const script of all(doc, 'script[type="application/ld+json"]')) {
      const parsed = parseBlock(script.textContent ?? "");
      if (parsed !== undefined) blocks.push(parsed);
    }
  }
  return blocks;
}

function collect(value: unknown, nodes: Node[], depth = 0): void {
  if (depth > 12) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, nodes, depth + 1);
    return;
  }
  if (!isNode(value)) return;
  nodes.push(value);
  for (const child of Object.values(value)) collect(child, nodes, depth + 1);
}

/** Every JobPosting node in the blocks (nested ones and `@graph` members too). */
export function jobPostingNodes(blocks: readonly unknown[]): Node[] {
  const nodes: Node[] = [];
  collect(blocks, nodes);
  return nodes.filter((node) => typesOf(node).includes("JobPosting"));
}

/** The JobPosting the page is about (the one naming the posting's URL, else the first) as a layer. */
export function jsonLdLayer(blocks: readonly unknown[], ctx: PageContext): Layer {
  const nodes: Node[] = [];
  collect(blocks, nodes);
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    const id = node["@id"];
    // A node with more than its @id is the definition; bare {"@id": …} objects are references to it.
    if (typeof id === "string" && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  const deref: Deref = (value) => {
    if (isNode(value) && typeof value["@id"] === "string" && Object.keys(value).length === 1) {
      return byId.get(value["@id"]) ?? value;
    }
    return value;
  };
  const postings = nodes.filter((node) => typesOf(node).includes("JobPosting"));
  const own = postings.find((node) => {
    const url = typeof node.url === "string" ? node.url : typeof node["@id"] === "string" ? node["@id"] : "";
    return url !== "" && url.split("#")[0]?.replace(/\/$/, "") === ctx.postingUrl.href.replace(/\/$/, "");
  });
  const posting = own ?? postings[0];
  return posting ? fromJobPosting(posting, deref, ctx.hints) : {};
}
