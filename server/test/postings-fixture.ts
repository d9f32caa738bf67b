import { readdirSync, readFileSync } from "node:fs";
import { FIXTURES } from "./support.ts";

export interface PostingCase {
  name: string;
  url: string;
  html: string;
  expected: Record<string, unknown>;
}

/** Every posting case, with the address its page names as canonical. */
export function postingCases(): PostingCase[] {
  const root = new URL("postings/", FIXTURES);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => {
      const html = readFileSync(new URL(`${d.name}/index.html`, root), "utf8");
      const url =
        html.match(/<link[^>]+rel="canonical"[^>]+href="([^"]+)"/)?.[1] ??
        html.match(/<link[^>]+href="([^"]+)"[^>]+rel="canonical"/)?.[1];
      if (!url) throw new Error(`${d.name} names no canonical address`);
      return {
        name: d.name,
        url,
        html,
        expected: JSON.parse(readFileSync(new URL(`${d.name}/expected.json`, root), "utf8")),
      };
    });
}
