import { type CvLine, joinWrapped } from "./cv-lines.ts";
import type { DraftNotes } from "./notes.ts";
import { collapse, fold, splitOutsideParens, words } from "./text.ts";

const LABEL = /^([^:,;]{1,40}):\s*(.*)$/;
const ITEM_SEPARATORS = /[,;·•|]/;
/** A bracket that rates the skill rather than naming it: "(5 years)", "(expert)", "(Grundkenntnisse)". */
const RATING =
  /^\(\s*(?:\d+\s*\+?\s*(?:years?|yrs?|jahre|ans|\/\s*\d+|%)?|[^()]*\b(?:expert|advanced|intermediate|basic|beginner|proficient|fortgeschritten|grundkenntnisse|gut|courant|avance|debutant|notions|confirme|junior|senior)\b[^()]*)\s*\)$/;

/**
 * Reads a skills section into a list of skills, exactly as written: lists split on commas,
 * semicolons, bullets and pipes; sub-labels ("Programming:") and ratings ("(expert)") left out.
 * Nothing that the section does not list is added.
 */
export function readSkills(lines: readonly CvLine[], notes: DraftNotes): string[] {
  const skills: string[] = [];
  const seen = new Set<string>();
  const add = (skill: string) => {
    const key = fold(skill);
    if (seen.has(key)) return;
    seen.add(key);
    skills.push(skill);
  };
  for (const line of joinWrapped(lines)) {
    if (line.heading === 0 || /:$/.test(line.text)) continue; // a sub-label on its own line
    const labelled = LABEL.exec(line.text);
    const text = labelled?.[2] ?? line.text;
    if (/[.!?]$/.test(text) && words(text).length > 10) {
      notes.warn("skills_true", `left out a sentence in the skills section: "${clip(text)}"`);
      continue;
    }
    for (const item of splitOutsideParens(text, ITEM_SEPARATORS).flatMap((p) => p.split(/\s+[–—-]\s+/))) {
      for (const skill of expand(item)) {
        if (skill.length > 60 || words(skill).length > 6) {
          notes.warn("skills_true", `left out "${clip(skill)}": too long to be one skill`);
          continue;
        }
        add(skill);
      }
    }
  }
  return skills;
}

/** "Cloud (AWS, GCP)" lists three things the CV names; "Python (5 years)" one. */
function expand(item: string): string[] {
  const clean = collapse(unrated(item))
    .replace(/[.:]+$/, "")
    .trim();
  const inner = /^(.*?)\s*\(([^()]*,[^()]*)\)$/.exec(clean);
  if (inner) {
    const outer = (inner[1] ?? "").trim();
    const listed = (inner[2] ?? "").split(",").map((s) => s.trim());
    return [outer, ...listed].filter((s) => s.length > 0);
  }
  return clean.length > 0 && /[\p{L}\d]/u.test(clean) ? [clean] : [];
}

/** The item without brackets that rate it (compared without accents: "(avancé)", "(débutant)"). */
function unrated(item: string): string {
  let out = item;
  for (const m of item.matchAll(/\s*\([^()]*\)/g)) {
    if (RATING.test(fold(m[0]).trim())) out = out.replace(m[0], "");
  }
  return out;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
