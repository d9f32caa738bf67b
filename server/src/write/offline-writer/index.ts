import type { FreeTextRequest, FreeTextWriter } from "../free-text.ts";
import { cut, guardFreeText } from "../free-text-guard.ts";
import { composedLetter, fromTemplate } from "./cover-letter.ts";
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import { it } from "./it.ts";
import { gatherMaterial, type Material } from "./material.ts";
import type { Phrases } from "./phrases.ts";

/** Sentences per language; a language without its own falls back to English. */
const PHRASES: readonly Phrases[] = [en, de, fr, it, es];
const SINGLE_LINE_MAX = 300;

/**
 * Writes cover letters and answers to motivation, "about you" and experience questions from profile
 * facts and the posting's title, company and matching skills, with no model and no network. It
 * never names a skill from skills_false and states no number the profile does not hold.
 */
export function createOfflineWriter(): FreeTextWriter {
  return {
    write: async (request) => ({ text: compose(request), source: "template" }),
  };
}

function sentencesFor(request: FreeTextRequest, m: Material, phrases: Phrases): string[] {
  switch (request.kind) {
    case "motivation":
      return [...phrases.why(m), phrases.education(m)];
    case "about_you":
      return [...phrases.about(m), phrases.education(m), phrases.languages(m)];
    case "experience":
      return m.focus ? [...phrases.experience(m, m.focus), phrases.education(m)] : phrases.about(m);
    default:
      return [...phrases.about(m), ...phrases.why(m).slice(0, 1)];
  }
}

/** As many whole sentences as fit. */
function fit(sentences: readonly string[], max: number): string {
  let out = "";
  for (const s of sentences.filter((x) => x.trim() !== "")) {
    const next = out === "" ? s : `${out} ${s}`;
    if (next.length > max) break;
    out = next;
  }
  return out !== "" ? out : cut(sentences.find((s) => s.trim() !== "") ?? "", max);
}

export function compose(request: FreeTextRequest): string {
  const phrases = PHRASES.find((p) => p.lang === request.language) ?? en;
  const m = gatherMaterial(request.profile, request.posting, request.question);
  const max = request.maxLength ?? (request.singleLine ? SINGLE_LINE_MAX : Number.POSITIVE_INFINITY);
  let text: string;
  if (request.kind === "cover_letter" && !request.singleLine) {
    const letter = fromTemplate(request.profile, m, phrases) ?? composedLetter(m, phrases);
    text = letter.length <= max ? letter : fit(sentencesFor({ ...request, kind: "motivation" }, m, phrases), max);
  } else {
    text = fit(sentencesFor(request, m, phrases), max);
  }
  const options = {
    singleLine: request.singleLine,
    ...(request.maxLength !== undefined ? { maxLength: request.maxLength } : {}),
  };
  return guardFreeText(text, request.profile, options) ?? "";
}
