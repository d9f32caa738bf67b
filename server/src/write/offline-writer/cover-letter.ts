import type { Profile } from "@nyx/shared";
import { textLanguage } from "../text-language.ts";
import type { Material } from "./material.ts";
import type { Phrases } from "./phrases.ts";

/** The profile's own cover-letter template in this language, placeholders filled; undefined when it has none. */
export function fromTemplate(profile: Profile, m: Material, phrases: Phrases): string | undefined {
  const template = profile.cover_letter_templates.find((t) => textLanguage(t.base_text) === phrases.lang);
  if (!template) return undefined;
  const values: Readonly<Record<string, string>> = {
    hiring_team: phrases.hiringTeam(m),
    job_title: m.title ?? phrases.someRole,
    company: m.company ?? phrases.someCompany,
    why_this_role: phrases.whyThisRole(m),
  };
  return unwrap(template.base_text)
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => values[key] ?? "")
    .replace(/[ \t]+\n/g, "\n")
    .trim();
}

/** Joins lines a YAML block wrapped mid-sentence; keeps greeting, paragraph and signature breaks. */
function unwrap(text: string): string {
  const lines = text.split("\n");
  return lines.reduce((out, line, i) => {
    if (i === 0) return line;
    const previous = lines[i - 1] ?? "";
    const keep =
      previous.trim() === "" ||
      line.trim() === "" ||
      previous.trim().length < 40 ||
      /[.!?:,;]$/.test(previous.trim()) ||
      /\}\}$/.test(previous.trim());
    return keep ? `${out}\n${line}` : `${out} ${line.trim()}`;
  }, "");
}

/** A letter composed from the language's sentences: greeting, why, who, closing, signature. */
export function composedLetter(m: Material, phrases: Phrases): string {
  const current = phrases.why(m)[1] ?? "";
  const paragraphs = [
    phrases.letter.greeting,
    [phrases.letter.opening(m), phrases.whyThisRole(m), current].filter((s) => s !== "").join(" "),
    [phrases.education(m), phrases.languages(m)].filter((s) => s !== "").join(" "),
    phrases.letter.closing(m),
    `${phrases.letter.signoff}\n${m.name}`,
  ];
  return paragraphs.filter((p) => p.trim() !== "").join("\n\n");
}
