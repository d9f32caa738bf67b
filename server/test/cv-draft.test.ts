import { readFileSync } from "node:fs";
import { AppError, type DraftProfile, Profile } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { draftProfileFromCv } from "../src/profiles/cv-draft/draft-profile.ts";
import { readCv } from "../src/profiles/cv-text.ts";
import { blankPdf, docx } from "./cv-files.ts";
import { FIXTURES } from "./support.ts";

// The test knows the fixture person; the parser does not.
const ADA = Profile.parse(parse(readFileSync(new URL("profile/ada.yaml", FIXTURES), "utf8")));
const fixture = (name: string) => readFileSync(new URL(`profile/${name}`, FIXTURES));
const draftOf = async (name: string, bytes: Uint8Array = fixture(name)) =>
  draftProfileFromCv({ bytes, filename: name });
const fold = (s: string | undefined) => s?.normalize("NFD").replace(/\p{M}/gu, "");
const jobs = (d: DraftProfile) =>
  (d.experience ?? []).map(({ company, title, start, end }) => ({ company, title, start, end }));

function expectAdaContactAndEmployers(draft: DraftProfile): void {
  expect(draft.name).toEqual({ first: ADA.name.first, last: ADA.name.last });
  expect(draft.email).toBe(ADA.email);
  expect(draft.phone).toEqual(ADA.phone);
  // The German CV writes "Zürich": the city is kept as written.
  expect(fold(draft.location?.city)).toBe(fold(ADA.location.city));
  expect(draft.location?.country).toBe(ADA.location.country);
  expect(draft.location?.country_code).toBe(ADA.location.country_code);
  expect(draft.links).toEqual(ADA.links);
  expect(jobs(draft)).toEqual(ADA.experience.map(({ company, title, start, end }) => ({ company, title, start, end })));
}

async function expectAdaSkills(draft: DraftProfile, cvText: string): Promise<void> {
  const listed = ADA.skills_true.filter((s) => cvText.includes(s));
  expect(listed.length).toBeGreaterThan(10);
  expect(draft.skills_true).toEqual(expect.arrayContaining(listed));
  const skills = (draft.skills_true ?? []).map((s) => s.toLowerCase());
  for (const never of ADA.skills_false) expect(skills).not.toContain(never.toLowerCase());
  for (const skill of draft.skills_true ?? []) expect(cvText).toContain(skill); // nothing the CV does not write
}

describe("a draft profile from Ada's CVs", () => {
  for (const name of ["ada-lovelace-cv.md", "ada-lovelace-cv.pdf"]) {
    it(`reads ${name}: contact, links, skills, employers, education, languages`, async () => {
      const { draft, missing, warnings } = await draftOf(name);
      expectAdaContactAndEmployers(draft);
      await expectAdaSkills(draft, (await readCv(name, fixture(name))).text);
      expect(draft.experience?.map((j) => j.city)).toEqual(ADA.experience.map((j) => j.city));
      // The CV names no country per job: none is guessed.
      expect(draft.experience?.every((j) => j.country === undefined)).toBe(true);
      expect(draft.experience?.[0]?.summary).toMatch(/NLP ranking models/);
      expect(draft.education?.map(({ school, degree, field }) => ({ school, degree, field }))).toEqual(
        ADA.education.map(({ school, degree, field }) => ({ school, degree, field })),
      );
      // The CV gives years only: no month is made up, and the person is told.
      expect(draft.education?.every((e) => e.start === undefined && e.end === undefined)).toBe(true);
      expect(warnings.some((w) => w.path === "education.0" && /years only/.test(w.message))).toBe(true);
      expect(draft.languages).toEqual(ADA.languages);
      expect(draft.certifications).toEqual(ADA.certifications);
      expect(draft.years_experience).toBe(ADA.years_experience);
      expect(draft.resumes).toEqual([{ key: name.replace(/\.\w+$/, ""), file: name, language: "en", default: true }]);
      expect(missing).toEqual(
        expect.arrayContaining(["salary", "notice_period", "work_authorization", "skills_false", "target_titles"]),
      );
      expect(missing).not.toContain("email");
    });
  }

  it("reads the German Lebenslauf PDF: contact data and employers", async () => {
    const { draft } = await draftOf("ada-lovelace-lebenslauf.pdf");
    expectAdaContactAndEmployers(draft);
    expect(draft.resumes?.[0]?.language).toBe("de");
  });

  it("reads a DOCX made from the Markdown CV the same way", async () => {
    const markdown = fixture("ada-lovelace-cv.md").toString("utf8");
    // As a word processor has it: headings and list items are plain paragraphs.
    const paragraphs = markdown.split("\n").map((l) => l.replace(/^#+\s+|^-\s+/, ""));
    const { draft } = await draftOf("ada.docx", await docx(paragraphs));
    expectAdaContactAndEmployers(draft);
    await expectAdaSkills(draft, markdown);
  });
});

describe("files a draft cannot be read from", () => {
  const refused = async (filename: string, bytes: Uint8Array) => {
    try {
      await draftProfileFromCv({ filename, bytes });
    } catch (error) {
      if (error instanceof AppError) return { code: error.code, message: error.message };
    }
    throw new Error("expected an AppError");
  };

  it("says which formats it reads, and why a file could not be read", async () => {
    expect(await refused("cv.exe", Buffer.from("MZ"))).toMatchObject({ code: "unsupported_media_type" });
    expect(await refused("cv", Buffer.from("text"))).toMatchObject({ code: "unsupported_media_type" });
    expect(await refused("cv.pdf", Buffer.from("hello"))).toMatchObject({ code: "bad_request", message: /not a PDF/ });
    expect(await refused("cv.pdf", blankPdf())).toMatchObject({ code: "bad_request", message: /no text/ });
    expect(await refused("cv.docx", Buffer.from("PK not a zip"))).toMatchObject({ code: "bad_request" });
    expect(await refused("cv.txt", Buffer.alloc(0))).toMatchObject({ code: "bad_request", message: /empty/ });
  });
});
