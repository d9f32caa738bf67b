import type { FormField } from "@nyx/shared";
import { factFromAutocomplete } from "./autocomplete.ts";
import { DICTIONARIES } from "./dictionaries/index.ts";
import type { FactRule, SectionKind } from "./dictionaries/types.ts";
import type { Fact, Recognition } from "./facts.ts";
import { isHoneypot } from "./honeypot.ts";
import { nameWords, normalise } from "./normalise.ts";
import { optionClues } from "./option-evidence.ts";
import { languagesIn } from "./places.ts";
import { qualify } from "./qualifiers.ts";

interface Candidate {
  fact: Fact;
  score: number;
  sources: Set<string>;
  evidence: string[];
  rule?: FactRule;
}

const FILE_FACTS: ReadonlySet<Fact> = new Set(["resume", "cover_letter", "other_file", "honeypot"]);
/** Facts a lone checkbox cannot hold ("… send me news by email" is a consent, not the e-mail field). */
const VALUE_FACTS: ReadonlySet<Fact> = new Set<Fact>([
  ...(["first_name", "last_name", "full_name", "preferred_name", "email", "phone", "phone_country_code"] as const),
  ...(["country", "nationality"] as const),
  ...(["phone_number_national", "street", "city", "postal_code", "location", "linkedin", "github"] as const),
  ...(["portfolio", "website", "other_link", "current_company", "current_title", "experience_start"] as const),
  ...(["experience_end", "years_experience", "skill_years", "salary_expectation", "salary_current"] as const),
  ...(["salary_currency", "notice_period", "earliest_start", "education_school", "education_field"] as const),
  ...(["education_start", "education_end", "resume", "cover_letter", "free_text", "verification_code"] as const),
]);
const TEXT_TYPES: ReadonlySet<string> = new Set(["textarea", "contenteditable"]);
const LONG_FACTS: ReadonlySet<Fact> = new Set<Fact>([
  "street",
  "location",
  "cover_letter",
  "free_text",
  "salary_expectation",
]);

/**
 * Which profile fact a field asks for, from its label, name, id, autocomplete, placeholder, hint,
 * section and options, in every known language. Deterministic: the same field always gives the same answer.
 */
export function recogniseField(field: FormField): Recognition {
  if (isHoneypot(field)) return { fact: "honeypot", confidence: 0.99, labelLanguages: [], evidence: ["honeypot"] };
  const candidates = new Map<Fact, Candidate>();
  const labelLanguages = new Set<string>();
  const add = (fact: Fact, score: number, source: string, evidence: string, rule?: FactRule) => {
    const c = candidates.get(fact) ?? { fact, score: 0, sources: new Set<string>(), evidence: [] };
    c.sources.add(source);
    c.evidence.push(evidence);
    if (score > c.score) {
      c.score = score;
      c.rule = rule;
    }
    candidates.set(fact, c);
  };

  const auto = factFromAutocomplete(field.autocomplete);
  if (auto) add(auto, 0.97, "autocomplete", `autocomplete:${field.autocomplete}`);

  const section = normalise(field.section ?? "");
  const label = normalise(field.label);
  const names = `${nameWords(field.name ?? "")} ${nameWords(field.id ?? "")}`;
  const within = (kind: SectionKind) =>
    DICTIONARIES.some((d) => [section, label, names].some((text) => d.sections[kind].test(text)));
  for (const [source, text, weight] of sourcesOf(field)) {
    if (text === "") continue;
    for (const d of DICTIONARIES) {
      for (const r of d.rules) {
        if (r.within !== undefined && !within(r.within)) continue;
        if (!r.pattern.test(text)) continue;
        add(r.fact, r.weight * weight, source, `${source}:${d.lang}:${r.fact}`, r);
        if (source === "label") labelLanguages.add(d.lang);
      }
    }
  }
  for (const clue of optionClues(field.options)) add(clue.fact, clue.weight, "options", `options:${clue.fact}`);
  languageLevel(field, candidates, add);

  const best = pick(field, candidates);
  const base: Recognition = {
    fact: best?.fact ?? "unknown",
    confidence: best ? Math.min(0.99, best.score + (best.sources.size > 1 ? 0.03 : 0)) : 0,
    labelLanguages: [...labelLanguages],
    evidence: best?.evidence ?? [],
    ...(best?.rule?.textKind ? { textKind: best.rule.textKind } : {}),
    ...(best?.rule?.linkKind ? { linkKind: best.rule.linkKind } : {}),
  };
  return refine(field, qualify(field, base));
}

function sourcesOf(field: FormField): [string, string, number][] {
  const few = (field.options ?? []).length <= 2 && ["checkbox", "checkbox_group", "radio"].includes(field.type);
  return [
    ["label", normalise(field.label), 1],
    ["placeholder", normalise(field.placeholder ?? ""), 0.85],
    ["options", few ? normalise((field.options ?? []).map((o) => o.label).join(" ")) : "", 0.85],
    ["name", nameWords(field.name ?? ""), 0.8],
    ["id", nameWords(field.id ?? ""), 0.75],
    ["hint", normalise(field.hint ?? ""), 0.6],
  ];
}

/** A language-level question names a language ("Deutschkenntnisse", "level of proficiency in German"). */
function languageLevel(
  field: FormField,
  candidates: Map<Fact, Candidate>,
  add: (f: Fact, s: number, src: string, e: string) => void,
) {
  const named = languagesIn(field.label).length > 0;
  const levelish = candidates.has("language_level");
  if (!named) {
    candidates.delete("language_level");
    return;
  }
  const short = normalise(field.label).split(" ").length <= 3;
  if (levelish || short) add("language_level", 0.93, "label", "label:language_level");
}

function pick(field: FormField, candidates: Map<Fact, Candidate>): Candidate | undefined {
  let list = [...candidates.values()];
  if (field.type === "file") {
    list = list.filter((c) => FILE_FACTS.has(c.fact));
    if (list.length === 0)
      return { fact: "other_file", score: 0.6, sources: new Set(["type"]), evidence: ["type:file"] };
  } else list = list.filter((c) => c.fact !== "other_file");
  if (field.type === "checkbox") list = list.filter((c) => !VALUE_FACTS.has(c.fact));
  let best: Candidate | undefined;
  for (const c of list) if (!best || plausible(field, c) > plausible(field, best)) best = c;
  return best && best.score >= 0.5 ? { ...best, score: plausible(field, best) } : undefined;
}

/** A text area rarely holds a one-line fact: "Why do you want to work at LinkedIn?" is a question, not the URL field. */
function plausible(field: FormField, c: Candidate): number {
  const short = VALUE_FACTS.has(c.fact) && !LONG_FACTS.has(c.fact);
  return TEXT_TYPES.has(field.type) && short ? c.score * 0.85 : c.score;
}

/** Second thoughts that need the qualifiers: per-skill questions, free text in text areas. */
function refine(field: FormField, rec: Recognition): Recognition {
  if (rec.fact === "years_experience" && rec.skill !== undefined)
    return { ...rec, fact: "skill_years", confidence: 0.95 };
  if (rec.fact === "skill_experience" && rec.skill === undefined) return { ...rec, fact: "unknown", confidence: 0.3 };
  if (rec.fact === "unknown" && TEXT_TYPES.has(field.type))
    return { ...rec, fact: "free_text", textKind: "other", confidence: 0.5 };
  if (rec.fact === "free_text" && rec.textKind === undefined) return { ...rec, textKind: "other" };
  return rec;
}
