import { readFileSync } from "node:fs";
import { FIXTURES } from "./support.ts";

export const ADA_YAML = readFileSync(new URL("profile/ada.yaml", FIXTURES), "utf8");

/** ada.yaml's CV files, base64, keyed as the profile names them. */
export function adaFiles(): Record<string, string> {
  const names = [...ADA_YAML.matchAll(/file: ([\w.-]+)/g)].flatMap((m) => (m[1] ? [m[1]] : []));
  return Object.fromEntries(
    names.map((name) => [name, readFileSync(new URL(`profile/${name}`, FIXTURES)).toString("base64")]),
  );
}

/** The YAML with one top-level key's line removed. */
export function withoutKey(yaml: string, key: string): string {
  return yaml
    .split("\n")
    .filter((line) => !line.startsWith(`${key}:`))
    .join("\n");
}
