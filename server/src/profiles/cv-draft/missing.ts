import type { DraftProfile } from "@nyx/shared";
import type { DraftNotes } from "./notes.ts";

/** Fields an import cannot do without. */
const REQUIRED = [
  "name.first",
  "name.last",
  "email",
  "phone.country_code",
  "phone.number",
  "location.city",
  "location.country",
  "years_experience",
  "seniority",
  "remote_preference",
  "target_titles",
  "salary",
  "notice_period",
  "resumes",
];
/** Fields an import can do without but applications ask for, and that a CV rarely or never states. */
const WORTH_FILLING = [
  "work_authorization",
  "skills_false",
  "timezone",
  "skills_true",
  "languages",
  "experience",
  "education",
];
const REQUIRED_IN_ENTRY =
  /^(experience\.\d+\.(company|title|start)|education\.\d+\.(school|degree)|languages\.\d+\.(lang|level)|resumes\.\d+\.(key|file|language))$/;

/** Whether profile import refuses the profile while this field is missing. */
export function requiredToImport(path: string): boolean {
  return REQUIRED.includes(path) || REQUIRED_IN_ENTRY.test(path);
}

/**
 * Every field the person has to fill in, by path: what an import needs and the CV does not state,
 * what the readers found missing inside an entry, then what applications ask for.
 */
export function missingFields(draft: DraftProfile, notes: DraftNotes): string[] {
  const absent = (path: string) => {
    const value = path.split(".").reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), draft);
    return value === undefined || (Array.isArray(value) && value.length === 0);
  };
  const inEntries = notes.missing.filter((p) => /\.\d+\./.test(p));
  return [
    ...REQUIRED.filter(absent),
    ...inEntries.filter(requiredToImport),
    ...inEntries.filter((p) => !requiredToImport(p)),
    ...WORTH_FILLING.filter(absent),
  ];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
