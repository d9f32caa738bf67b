import { safeMatches } from "./dom-tree.ts";

/**
 * A small, static stand-in for `getComputedStyle` where there is no layout engine (linkedom in
 * tests, or a document that is not rendered). It reads the page's own `<style>` blocks (in the
 * document and in each shadow root) and `style` attributes, and answers only the properties
 * that decide whether a person can see an element. Limits, by design:
 * - external stylesheets (`<link rel=stylesheet>`) are not read;
 * - `@media`, `@supports`, `@container` and other at-rule blocks are skipped;
 * - selectors with state pseudo-classes (`:hover`, `:focus`, `:checked`, …) or `:host` are skipped;
 * - inherited values are not propagated: callers walk the ancestors themselves;
 * - the cascade is specificity, then source order, with `!important` and inline styles on top.
 */

/** Properties that matter for visibility (and `content`, for asterisks drawn by CSS). */
const RELEVANT = new Set([
  "display",
  "visibility",
  "opacity",
  "position",
  "left",
  "top",
  "right",
  "bottom",
  "width",
  "height",
  "max-width",
  "max-height",
  "overflow",
  "clip",
  "clip-path",
  "transform",
  "content",
]);

const STATEFUL =
  /:(hover|focus|focus-within|focus-visible|active|visited|target|checked|indeterminate|invalid|valid|user-invalid|placeholder-shown|autofill|host|host-context|defined)\b|::?(placeholder|selection|marker|backdrop|file-selector-button|-webkit-|-moz-)/i;

interface Declaration {
  value: string;
  important: boolean;
}

interface Rule {
  selector: string;
  /** Set for `::before` / `::after` rules: only their `content` is used. */
  pseudo: "before" | "after" | undefined;
  specificity: number;
  order: number;
  declarations: Map<string, Declaration>;
}

export type StyleMap = ReadonlyMap<string, string>;

export class StaticStyles {
  private readonly rulesByScope = new WeakMap<Node, Rule[]>();
  private readonly cache = new WeakMap<Element, StyleMap>();

  /** The winning value of each relevant property for the element (lower-case, without `!important`). */
  styleOf(element: Element): StyleMap {
    const cached = this.cache.get(element);
    if (cached) return cached;
    const winners = new Map<string, { value: string; rank: number[] }>();
    const consider = (property: string, declaration: Declaration, rank: number[]) => {
      const current = winners.get(property);
      if (!current || compareRanks(rank, current.rank) >= 0) winners.set(property, { value: declaration.value, rank });
    };
    for (const rule of this.rulesFor(element)) {
      if (rule.pseudo || !safeMatches(element, rule.selector)) continue;
      for (const [property, declaration] of rule.declarations) {
        consider(property, declaration, [declaration.important ? 1 : 0, 0, rule.specificity, rule.order]);
      }
    }
    for (const [property, declaration] of parseDeclarations(element.getAttribute("style") ?? "")) {
      consider(property, declaration, [declaration.important ? 1 : 0, 1, 0, 0]);
    }
    const style = new Map([...winners].map(([property, { value }]) => [property, value]));
    this.cache.set(element, style);
    return style;
  }

  /** The `content` a `::before` or `::after` rule gives the element, if any. */
  pseudoContent(element: Element, pseudo: "before" | "after"): string | undefined {
    let best: { value: string; rank: number[] } | undefined;
    for (const rule of this.rulesFor(element)) {
      if (rule.pseudo !== pseudo) continue;
      const content = rule.declarations.get("content");
      if (!content || !safeMatches(element, rule.selector)) continue;
      const rank = [content.important ? 1 : 0, rule.specificity, rule.order];
      if (!best || compareRanks(rank, best.rank) >= 0) best = { value: content.value, rank };
    }
    return best?.value;
  }

  private rulesFor(element: Element): Rule[] {
    const scope = element.getRootNode();
    let rules = this.rulesByScope.get(scope);
    if (!rules) {
      rules = collectRules(scope);
      this.rulesByScope.set(scope, rules);
    }
    return rules;
  }
}

/** Parses a `style` attribute or a rule body into the relevant declarations. */
function parseDeclarations(body: string): Map<string, Declaration> {
  const out = new Map<string, Declaration>();
  for (const part of splitTopLevel(body, ";")) {
    const colon = part.indexOf(":");
    if (colon < 0) continue;
    const property = part.slice(0, colon).trim().toLowerCase();
    if (!RELEVANT.has(property)) continue;
    let value = part
      .slice(colon + 1)
      .trim()
      .toLowerCase();
    const important = /!\s*important\s*$/.test(value);
    if (important) value = value.replace(/!\s*important\s*$/, "").trim();
    out.set(property, { value, important });
  }
  return out;
}

function collectRules(scope: Node): Rule[] {
  const styles: Element[] = [];
  if ("querySelectorAll" in scope && typeof scope.querySelectorAll === "function") {
    for (const style of Array.from((scope as ParentNode).querySelectorAll("style"))) {
      // A document's <style> applies to the light DOM only; shadow roots are scopes of their own.
      if (style.getRootNode() === scope) styles.push(style);
    }
  }
  const rules: Rule[] = [];
  for (const style of styles) {
    const media = style.getAttribute("media");
    if (media && !/^\s*(all|screen)\s*$/i.test(media)) continue;
    parseSheet(style.textContent ?? "", rules);
  }
  return rules;
}

function parseSheet(css: string, rules: Rule[]): void {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, "").replace(/@(import|charset|namespace|layer)\b[^;{]*;/gi, "");
  let index = 0;
  while (index < text.length) {
    const open = text.indexOf("{", index);
    if (open < 0) return;
    const prelude = text.slice(index, open).trim();
    const close = matchingBrace(text, open);
    const body = text.slice(open + 1, close);
    index = close + 1;
    if (prelude.startsWith("@") || body.includes("{")) continue;
    const declarations = parseDeclarations(body);
    if (declarations.size === 0) continue;
    for (const raw of splitTopLevel(prelude, ",")) {
      const rule = toRule(raw.trim(), declarations, rules.length);
      if (rule) rules.push(rule);
    }
  }
}

function toRule(raw: string, declarations: Map<string, Declaration>, order: number): Rule | undefined {
  if (!raw) return undefined;
  let selector = raw;
  let pseudo: Rule["pseudo"];
  const pseudoMatch = /::?(before|after)\s*$/i.exec(selector);
  if (pseudoMatch) {
    pseudo = pseudoMatch[1]?.toLowerCase() === "before" ? "before" : "after";
    selector = selector.slice(0, pseudoMatch.index).trim() || "*";
    if (!declarations.has("content")) return undefined;
  }
  if (STATEFUL.test(selector)) return undefined;
  return { selector, pseudo, specificity: specificityOf(selector), order, declarations };
}

/** Specificity packed into one number: ids × 10⁴ + classes/attributes/pseudo-classes × 10² + types. */
function specificityOf(selector: string): number {
  const bare = selector.replace(/"[^"]*"|'[^']*'/g, "").replace(/:(not|is|has)\(/g, " (");
  const ids = (bare.match(/#[\w-]+/g) ?? []).length;
  const classes = (bare.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+/g) ?? []).length;
  const types = (bare.replace(/\[[^\]]*\]/g, "").match(/(^|[\s>+~(])[a-z][\w-]*/gi) ?? []).length;
  return ids * 10_000 + classes * 100 + types;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text.length;
}

/** Splits on a separator that is not inside parentheses, brackets or quotes. */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
