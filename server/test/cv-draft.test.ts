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

describe("a draft profile from CVs laid out otherwise", () => {
  it("reads a French CV: inline sections, 'depuis janvier 2020', month abbreviations, level words", async () => {
    const cv = `CURRICULUM VITAE

Camille DURAND
Ingénieure données
12 rue des Lilas, 69003 Lyon, France
Tél. : +33 6 12 34 56 78 | E-mail : camille.durand@example.org
github.com/cdurand-example

EXPÉRIENCE PROFESSIONNELLE
Ingénieure données chez Lumière Logistique SAS, Lyon
depuis janvier 2020
• Conception de pipelines de données avec Apache Kafka et Scala.
• Encadrement de deux stagiaires.
Analyste de données — Banque du Rhône, Lyon
sept. 2016 - déc. 2019
• Tableaux de bord pour la direction financière.

FORMATION
Diplôme d'ingénieur en informatique, INSA Lyon, 2011 – 2016

Compétences : Python, SQL, dbt, Apache Kafka, Tableau
Langues : français (langue maternelle), anglais (C1), allemand (notions)
`;
    const { draft, missing, warnings } = await draftOf("cv-camille.txt", Buffer.from(cv));
    expect(draft.name).toEqual({ first: "Camille", last: "Durand" });
    expect(draft.headline).toBe("Ingénieure données");
    expect(draft.email).toBe("camille.durand@example.org");
    expect(draft.phone).toEqual({ country_code: "+33", number: "6 12 34 56 78" });
    expect(draft.location).toEqual({
      street: "12 rue des Lilas",
      city: "Lyon",
      postal_code: "69003",
      country: "France",
      country_code: "FR",
    });
    expect(draft.links).toEqual({ github: "https://github.com/cdurand-example" });
    expect(draft.experience).toEqual([
      expect.objectContaining({
        company: "Lumière Logistique SAS",
        title: "Ingénieure données",
        start: "2020-01",
        end: null,
        city: "Lyon",
      }),
      expect.objectContaining({
        company: "Banque du Rhône",
        title: "Analyste de données",
        start: "2016-09",
        end: "2019-12",
      }),
    ]);
    expect(draft.education).toEqual([{ school: "INSA Lyon", degree: "Diplôme d'ingénieur", field: "informatique" }]);
    // Scala is in a job's description, not in the skills: it is not claimed.
    expect(draft.skills_true).toEqual(["Python", "SQL", "dbt", "Apache Kafka", "Tableau"]);
    expect(draft.languages).toEqual([
      { lang: "French", level: "native" },
      { lang: "English", level: "C1" },
      { lang: "German", level: "A2" },
    ]);
    expect(warnings.filter((w) => /^languages\.\d\.level$/.test(w.path)).map((w) => w.path)).toEqual([
      "languages.0.level",
      "languages.2.level",
    ]);
    expect(draft.resumes?.[0]?.language).toBe("fr");
    expect(missing).toContain("years_experience");
  });

  it("reads a German Markdown CV with the dates above each job and labelled skill lists", async () => {
    const cv = `# Jonas Weber

**Backend-Entwickler** | München, Deutschland
jonas.weber@example.net | +49 (0)151 2345 6789
[LinkedIn](https://www.linkedin.com/in/jonas-weber-example) · https://jonasweber.example.dev

## Berufserfahrung

**03/2019 – heute**
Senior Backend-Entwickler
Isarwerk Software GmbH, München
- Entwicklung von Microservices; Einführung von Kotlin im Team.

**Oktober 2015 – Februar 2019**
Softwareentwickler
Alpenblick Versicherung AG, Augsburg
- Wartung der Tarifrechner.

## Ausbildung
**2012 – 2015** B.Sc. Informatik, Technische Universität München

## Kenntnisse
- **Programmiersprachen:** Java, Go, TypeScript
- **Werkzeuge:** Docker, Kubernetes, PostgreSQL

## Sprachen
- Deutsch: Muttersprache
- Englisch: verhandlungssicher (C1)
`;
    const { draft } = await draftOf("lebenslauf.md", Buffer.from(cv));
    expect(draft.name).toEqual({ first: "Jonas", last: "Weber" });
    expect(draft.phone).toEqual({ country_code: "+49", number: "151 2345 6789" });
    expect(draft.location).toEqual({ city: "München", country: "Germany", country_code: "DE" });
    expect(draft.links).toEqual({
      linkedin: "https://www.linkedin.com/in/jonas-weber-example",
      portfolio: "https://jonasweber.example.dev",
    });
    expect(jobs(draft)).toEqual([
      { company: "Isarwerk Software GmbH", title: "Senior Backend-Entwickler", start: "2019-03", end: null },
      { company: "Alpenblick Versicherung AG", title: "Softwareentwickler", start: "2015-10", end: "2019-02" },
    ]);
    expect(draft.experience?.map((j) => j.city)).toEqual(["München", "Augsburg"]);
    expect(draft.education).toEqual([
      { school: "Technische Universität München", degree: "B.Sc.", field: "Informatik" },
    ]);
    expect(draft.skills_true).toEqual(["Java", "Go", "TypeScript", "Docker", "Kubernetes", "PostgreSQL"]);
    expect(draft.languages).toEqual([
      { lang: "German", level: "native" },
      { lang: "English", level: "C1" },
    ]);
  });

  it("leaves out what it cannot read exactly, and says so", async () => {
    const cv = `Sam Example
Data Analyst · Leeds, United Kingdom · sam@example.com · 0113 496 0000

Work Experience
Data Analyst, Northwind Traders Ltd, Leeds (2019 - present)
Junior Analyst, Contoso Ltd (2017 - 2019)

Languages
Spanish
`;
    const { draft, missing, warnings } = await draftOf("sam.txt", Buffer.from(cv));
    expect(draft.phone).toEqual({ number: "0113 496 0000" });
    expect(missing).toContain("phone.country_code");
    expect(jobs(draft)).toEqual([
      { company: "Northwind Traders Ltd", title: "Data Analyst", start: undefined, end: null },
      { company: "Contoso Ltd", title: "Junior Analyst", start: undefined, end: undefined },
    ]);
    expect(missing).toEqual(expect.arrayContaining(["experience.0.start", "experience.1.start", "experience.1.end"]));
    expect(warnings.find((w) => w.path === "experience.0.start")?.message).toMatch(/2019 - present/);
    expect(draft.languages).toEqual([{ lang: "Spanish" }]);
    expect(missing).toContain("languages.0.level");
    expect(draft.skills_true).toBeUndefined();
    expect(missing).toContain("skills_true");
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
