import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, extname, join, normalize, sep } from "node:path";
import { z } from "zod";

/** A form case folder (format: shared/fixtures/README.md): index.html, assets, case.json. */

const Condition = z.union([
  z.string(),
  z.object({
    contains: z.string().optional(),
    oneOf: z.array(z.string()).optional(),
    file: z.string().optional(),
    nonempty: z.boolean().optional(),
    minLength: z.number().optional(),
    notContains: z.array(z.string()).optional(),
    absentOr: z.string().optional(),
    optional: z.boolean().optional(),
    allOf: z.array(z.string()).optional(),
    noneOf: z.array(z.string()).optional(),
  }),
]);
export type Condition = z.infer<typeof Condition>;

export const CaseSpec = z.object({
  platform: z.string(),
  url: z.url(),
  profile: z.string(),
  steps: z.number().int().min(1).default(1),
  expect: z.record(z.string(), Condition),
  forbid: z.array(z.string()).default([]),
  flag: z.array(z.string()).default([]),
});
export type CaseSpec = z.infer<typeof CaseSpec>;

export interface FormCase {
  name: string;
  dir: string;
  spec: CaseSpec;
}

export function loadCase(dir: string): FormCase {
  const file = join(dir, "case.json");
  const parsed = CaseSpec.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return { name: basename(dir), dir, spec: parsed.data };
}

/** Every case folder in `dir` (a folder with a case.json), by name. */
export function loadCases(dir: string): FormCase[] {
  return readdirSync(dir)
    .map((entry) => join(dir, entry))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, "case.json")))
    .sort()
    .map(loadCase);
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".pdf": "application/pdf",
  ".woff2": "font/woff2",
};

/** The file of the case folder a GET path maps to: the case's own address → index.html, else the file at that path. */
export function caseFile(kase: FormCase, url: URL): { path: string; type: string } | undefined {
  const own = new URL(kase.spec.url);
  if (url.pathname === own.pathname || url.pathname === `${own.pathname}/`) {
    return { path: join(kase.dir, "index.html"), type: TYPES[".html"] ?? "text/html" };
  }
  const relative = normalize(decodeURIComponent(url.pathname)).replace(/^([/\\])+/, "");
  const path = join(kase.dir, relative);
  if (!path.startsWith(kase.dir + sep) || !existsSync(path) || !statSync(path).isFile()) return undefined;
  return { path, type: TYPES[extname(path).toLowerCase()] ?? "application/octet-stream" };
}
