import { de } from "./de/index.ts";
import { en } from "./en/index.ts";
import { es } from "./es/index.ts";
import { fr } from "./fr/index.ts";
import { it } from "./it/index.ts";
import type { Dictionary } from "./types.ts";

/** Every language Nyx reads forms in. To add one, add a folder like `en/` and list it here. */
export const DICTIONARIES: readonly Dictionary[] = [en, de, fr, it, es];

/** The dictionary for a two-letter language, English when there is none. */
export function dictionaryFor(lang: string | null | undefined): Dictionary {
  const code = (lang ?? "").slice(0, 2).toLowerCase();
  return DICTIONARIES.find((d) => d.lang === code) ?? en;
}

export type { Dictionary } from "./types.ts";
