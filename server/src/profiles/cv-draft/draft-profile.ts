import { AppError, DraftProfile, type ProfileDraft } from "@nyx/shared";
import { readCv } from "../cv-text.ts";
import { readContact } from "./contact.ts";
import { readCvLanguage } from "./cv-language.ts";
import { type CvLine, cvLines } from "./cv-lines.ts";
import { readEducation } from "./education.ts";
import { readExperience } from "./experience.ts";
import { readLanguages, readLanguagesInText } from "./languages.ts";
import { missingFields } from "./missing.ts";
import { DraftNotes } from "./notes.ts";
import { linesOf, readSections, sectionsOf } from "./sections.ts";
import { readSkills } from "./skills.ts";
import { readCertifications, readSummary, readYearsOfExperience } from "./summary.ts";

export interface CvFile {
  bytes: Uint8Array;
  /** The file's name; its extension tells the format (.pdf, .md, .markdown, .txt, .docx). */
  filename: string;
}

const READABLE = new Set(["pdf", "md", "markdown", "txt", "docx"]);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

/**
 * Reads a CV (PDF, Markdown, plain text or DOCX; English, German or French) into a draft profile
 * for the person to review: only what the CV states, in profile.yaml's fields. What it does not
 * state is listed in `missing`; what looked ambiguous in `warnings`. Throws an AppError for a file
 * it cannot read (415 for a format it does not read, 400 for a broken or textless file).
 */
export async function draftProfileFromCv(file: CvFile): Promise<ProfileDraft> {
  return draftProfileFromText(await readCvText(file), file.filename);
}

export function draftProfileFromText(text: string, filename: string): ProfileDraft {
  const notes = new DraftNotes();
  const cv = readSections(cvLines(text));
  const header = linesOf(cv, "header");
  const contact = readContact(header, [...linesOf(cv, "contact"), ...linesOf(cv, "links")], notes);
  const draft: DraftProfile = {};
  if (contact.headline) draft.headline = contact.headline;
  const summary = readSummary(linesOf(cv, "summary"));
  if (summary) draft.summary = summary;
  if (contact.name) draft.name = contact.name;
  const email = contact.email ?? EMAIL.exec(text)?.[0];
  if (email) draft.email = email;
  if (email && !contact.email)
    notes.warn("email", "found in the body of the CV, not with the contact data; check it is yours");
  if (contact.phone) draft.phone = contact.phone;
  if (contact.location) draft.location = contact.location;
  if (Object.keys(contact.links).length > 0) draft.links = contact.links;
  const years = readYearsOfExperience(`${summary ?? ""}\n${header.map((l) => l.text).join("\n")}`, notes);
  if (years !== undefined) draft.years_experience = years;

  const skillLines: CvLine[] = [];
  const languages: NonNullable<DraftProfile["languages"]> = [];
  for (const section of cv.sections) {
    if (section.kind === "skills") skillLines.push(...section.lines);
    if (section.kind !== "languages") continue;
    const read = readLanguages(section.lines, notes, languages.length);
    if (read.recognised) languages.push(...read.languages);
    else skillLines.push(...section.lines); // "Languages: Python, Go" lists programming languages
  }
  if (sectionsOf(cv, "languages").length === 0) languages.push(...readLanguagesInText(text, notes));
  const skills = readSkills(skillLines, notes);
  if (skills.length > 0) draft.skills_true = skills;
  if (languages.length > 0) draft.languages = languages;
  const experience = readExperience(linesOf(cv, "experience"), notes);
  if (experience.length > 0) draft.experience = experience;
  const education = readEducation(linesOf(cv, "education"), notes);
  if (education.length > 0) draft.education = education;
  const certifications = sectionsOf(cv, "certifications").flatMap((s) => readCertifications(s.lines, s.inline));
  if (certifications.length > 0) draft.certifications = certifications;

  const language = readCvLanguage(cv.headingLanguages, text);
  const base = (filename.split(/[\\/]/).at(-1) ?? filename).replace(/\p{Cc}+/gu, "");
  const key = base.replace(/\.[^.]+$/, "").replace(/[^A-Za-z0-9_-]+/g, "_") || "cv";
  draft.resumes = [{ key, file: base, ...(language ? { language } : {}), default: true }];
  if (!language) notes.lack("resumes.0.language");

  const checked = withoutInvalid(draft, notes);
  return { draft: checked, warnings: notes.warnings, missing: missingFields(checked, notes) };
}

async function readCvText(file: CvFile): Promise<string> {
  const extension = file.filename.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? "";
  if (!READABLE.has(extension)) {
    throw new AppError(
      "unsupported_media_type",
      `cannot read ${extension ? `a .${extension} file` : "a file without an extension"} as a CV: send PDF, DOCX, Markdown or plain text`,
    );
  }
  let text: string;
  try {
    text = (await readCv(file.filename, file.bytes)).text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError("bad_request", `cannot read the CV file: ${reason}`, { cause: error });
  }
  if ((text.match(/\p{L}/gu) ?? []).length < 20) {
    throw new AppError(
      "bad_request",
      extension === "pdf"
        ? "the PDF has no text to read (a scanned image?): send a PDF with text, DOCX or Markdown"
        : "the CV file has no text to read",
    );
  }
  return text;
}

/** Drops what the import format refuses (an odd e-mail address, say), with a warning for each. */
function withoutInvalid(draft: DraftProfile, notes: DraftNotes): DraftProfile {
  const result = DraftProfile.safeParse(draft);
  if (result.success) return result.data;
  const copy: Record<string, unknown> = structuredClone(draft);
  for (const issue of result.error.issues) {
    const path = issue.path.map(String);
    notes.warn(path.join("."), `left out what the CV has here: ${issue.message}`);
    const last = path.pop();
    const parent = path.reduce<unknown>((node, key) => (isRecord(node) ? node[key] : undefined), copy);
    if (isRecord(parent) && last !== undefined) delete parent[last];
  }
  return DraftProfile.parse(copy);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}
