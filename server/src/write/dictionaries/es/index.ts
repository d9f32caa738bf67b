import type { Dictionary } from "../types.ts";
import { places } from "./places.ts";
import { rules } from "./rules.ts";
import { options, render, sections, stopwords } from "./words.ts";

export const es: Dictionary = { lang: "es", rules, sections, options, places, stopwords, render };
