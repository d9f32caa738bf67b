import { LanguageLevel, type ProfileDraft, RemotePreference, Seniority, WorkAuthorization } from "@nyx/shared";
import { Document, isCollection, isMap, isScalar, isSeq, type Node, type YAMLMap } from "yaml";
import { requiredToImport } from "./missing.ts";

/** What to write for a field the CV does not state: a commented line to fill in and uncomment. */
const TEMPLATES: Record<string, string> = {
  name: "name: { first: ___, last: ___ }",
  email: "email: ___",
  phone: 'phone: { country_code: "+__", number: "___" }',
  location: "location: { city: ___, country: ___ }",
  years_experience: "years_experience: ___",
  seniority: `seniority: ___   # ${Seniority.options.join(", ")}`,
  remote_preference: `remote_preference: ___   # ${RemotePreference.options.join(", ")}`,
  target_titles: "target_titles: [___]   # the job titles you are looking for",
  salary: "salary: { currency: ___, min: ___, target: ___, period: year }",
  notice_period: 'notice_period: { weeks: ___, text: "___" }',
  resumes: "resumes: [{ key: cv, file: ___, language: __, default: true }]",
  work_authorization: `work_authorization: { ___: ___ }   # per country or region: ${WorkAuthorization.options.join(", ")}`,
  skills_false: "skills_false: [___]   # skills you must never be said to have",
  timezone: "timezone: ___   # e.g. Europe/Berlin",
  skills_true: "skills_true: [___]",
  languages: `languages: [{ lang: ___, level: ___ }]   # ${LanguageLevel.options.join(", ")}`,
  experience: "experience: [{ company: ___, title: ___, start: YYYY-MM, end: YYYY-MM or null }]",
  education: "education: [{ school: ___, degree: ___, field: ___ }]",
};

/**
 * The draft as a profile.yaml to review: the fields read from the CV, a comment on each one that
 * looked ambiguous, a MISSING comment where an entry lacks something, and at the end, commented
 * out, every field the CV does not state (those an import needs marked "required").
 */
export function renderDraftYaml(result: ProfileDraft, source: string): string {
  const doc = new Document(result.draft);
  for (const key of ["name", "phone", "location"]) flow(doc.getIn([key], true));
  flow(doc.getIn(["skills_true"], true));
  const languages = doc.getIn(["languages"], true);
  if (isSeq(languages)) for (const item of languages.items) flow(item);
  const resumes = doc.getIn(["resumes"], true);
  if (isSeq(resumes)) for (const item of resumes.items) flow(item);

  const absent: string[] = [];
  for (const path of result.missing) {
    const top = path.split(".")[0] ?? path;
    if (!doc.has(top)) {
      if (!absent.includes(top)) absent.push(top);
      continue;
    }
    const ongoing = /^experience\.\d+\.end$/.test(path) ? " (left out, the job counts as ongoing)" : "";
    note(doc, path, `MISSING${requiredToImport(path) ? " (required)" : ""}: ${path}${ongoing}`);
  }
  for (const warning of result.warnings) note(doc, warning.path, `CHECK: ${warning.message}`);

  doc.commentBefore = [
    ` Draft profile read from ${source.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, " ")}: only what the CV states is filled in.`,
    ' Check every value against the CV, fill in what is MISSING ("required": profile import needs it),',
    " then import it with `nyx profile import FILE` (CV paths are relative to this file).",
  ].join("\n");
  const required = (top: string) => result.missing.some((p) => p.split(".")[0] === top && requiredToImport(p));
  const template = (top: string) => ` ${TEMPLATES[top] ?? `${top}: ___`}`;
  const needed = absent.filter(required).map(template);
  const wanted = absent.filter((top) => !required(top)).map(template);
  const trailer = [
    ...(needed.length > 0 ? [" Not in the CV, required by profile import: fill in and uncomment.", ...needed] : []),
    ...(needed.length > 0 && wanted.length > 0 ? [""] : []),
    ...(wanted.length > 0 ? [" Not in the CV, asked for by applications: fill in and uncomment.", ...wanted] : []),
  ];
  if (trailer.length > 0) doc.comment = trailer.join("\n");
  return doc.toString({ lineWidth: 0 });
}

function flow(node: unknown): void {
  if (isCollection(node)) node.flow = true;
}

/**
 * Puts a comment before the field a path names, or before the nearest field that exists (a missing
 * `experience.1.start` is noted on that job). Flow collections ({ first: Jo }) take no comments
 * inside, so the comment goes before the key that holds them.
 */
function note(doc: Document, path: string, text: string): void {
  const parts: Array<string | number> = path.split(".").map((p) => (/^\d+$/.test(p) ? Number(p) : p));
  while (parts.length > 0 && (!doc.hasIn(parts) || insideFlow(doc, parts))) parts.pop();
  const last = parts.at(-1);
  if (last === undefined) {
    doc.commentBefore = doc.commentBefore ? `${doc.commentBefore}\n ${text}` : ` ${text}`;
    return;
  }
  const parent = parts.length === 1 ? doc.contents : doc.getIn(parts.slice(0, -1), true);
  let target: Node | undefined;
  if (typeof last === "number") {
    const item = doc.getIn(parts, true);
    target = isCollection(item) || isScalar(item) ? item : undefined;
  } else if (isMap(parent)) {
    const pair = (parent as YAMLMap<unknown, unknown>).items.find((p) => isScalar(p.key) && p.key.value === last);
    target = isScalar(pair?.key) ? pair.key : undefined;
  }
  if (!target) return;
  target.commentBefore = target.commentBefore ? `${target.commentBefore}\n ${text}` : ` ${text}`;
}

/** Whether the path leads into a collection written on one line. */
function insideFlow(doc: Document, parts: ReadonlyArray<string | number>): boolean {
  for (let i = 1; i < parts.length; i++) {
    const node = doc.getIn(parts.slice(0, i), true);
    if (isCollection(node) && node.flow) return true;
  }
  return false;
}
