import type { DraftProfile } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { findDateRange } from "../src/profiles/cv-draft/dates.ts";
import { draftProfileFromCv } from "../src/profiles/cv-draft/draft-profile.ts";
import { renderDraftYaml } from "../src/profiles/cv-draft/draft-yaml.ts";

// CVs of invented people, laid out unlike the fixtures, so that the reader is not tuned to one file.
const draftOf = (filename: string, text: string) => draftProfileFromCv({ filename, bytes: Buffer.from(text) });
const jobs = (d: DraftProfile) =>
  (d.experience ?? []).map(({ company, title, start, end }) => ({ company, title, start, end }));

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
Certifications : Databricks Data Engineer Associate, PSM I (2021)
`;
    const { draft, missing, warnings } = await draftOf("cv-camille.txt", cv);
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
    expect(draft.certifications).toEqual(["Databricks Data Engineer Associate", "PSM I"]);
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

## Zertifikate
- Certified Kubernetes Administrator (CKA), 2022
- Oracle Certified Professional, Java SE 11 Developer
`;
    const { draft } = await draftOf("lebenslauf.md", cv);
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
    expect(draft.certifications).toEqual([
      "Certified Kubernetes Administrator (CKA)",
      "Oracle Certified Professional, Java SE 11 Developer",
    ]);
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
    const { draft, missing, warnings } = await draftOf("sam.txt", cv);
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
    const yaml = renderDraftYaml({ draft, missing, warnings }, "sam.txt");
    expect(yaml).toMatch(/^ {2}# MISSING \(required\): experience\.0\.start\n {2}# CHECK: .*2019 - present/m);
    expect(yaml).toMatch(/# MISSING: experience\.1\.end \(left out, the job counts as ongoing\)/);
    expect(yaml).toMatch(/^# MISSING \(required\): phone\.country_code\n/m);
  });

  it("reads an export with the contact block first, the place under the dates and durations beside them", async () => {
    const cv = `Contact
www.linkedin.com/in/lena-example (LinkedIn)
lena@example.com
Lena Example
Data Engineer at Nordlicht Analytics
Hamburg, Germany
Experience
Nordlicht Analytics GmbH
Data Engineer
January 2021 - Present (3 years 2 months)
Hamburg, Germany
Built the streaming platform.
Contoso Corp
Junior Developer
July 2018 - December 2020 (2 years 6 months)
Education
Universität Hamburg
Master of Science - MS, Informatik · (2016 - 2018)
`;
    const { draft } = await draftOf("Profile.pdf.txt", cv);
    expect(draft.name).toEqual({ first: "Lena", last: "Example" });
    expect(draft.headline).toBe("Data Engineer at Nordlicht Analytics");
    expect(draft.location).toEqual({ city: "Hamburg", country: "Germany", country_code: "DE" });
    expect(draft.links).toEqual({ linkedin: "https://www.linkedin.com/in/lena-example" });
    expect(draft.experience).toEqual([
      {
        company: "Nordlicht Analytics GmbH",
        title: "Data Engineer",
        start: "2021-01",
        end: null,
        city: "Hamburg",
        country: "Germany",
        summary: "Built the streaming platform.",
      },
      { company: "Contoso Corp", title: "Junior Developer", start: "2018-07", end: "2020-12" },
    ]);
    expect(draft.education).toEqual([
      { school: "Universität Hamburg", degree: "Master of Science", field: "Informatik" },
    ]);
  });
});

describe("dates as CVs write them", () => {
  const cases: Array<[string, string | undefined, string | null | undefined]> = [
    ["03/2021 – present", "2021-03", null],
    ["2021-03 – 2022-11", "2021-03", "2022-11"],
    ["März 2021 – heute", "2021-03", null],
    ["mars 2021 – aujourd'hui", "2021-03", null],
    ["Jan. 2018 to Feb. 2021", "2018-01", "2021-02"],
    ["sept. 2016 - déc. 2019", "2016-09", "2019-12"],
    ["since May 2019", "2019-05", null],
    ["seit 04/2020", "2020-04", null],
    ["depuis janvier 2020", "2020-01", null],
    ["von 10.2015 bis 09.2017", "2015-10", "2017-09"],
    ["du 01/02/2014 au 31/07/2016", "2014-02", "2016-07"],
    ["2014 – 2016", undefined, undefined],
  ];
  for (const [text, start, end] of cases) {
    it(`reads "${text}"`, () => {
      const range = findDateRange(text);
      const month = (d: { year: number; month?: number } | null | undefined) =>
        d === null ? null : d?.month ? `${d.year}-${String(d.month).padStart(2, "0")}` : undefined;
      expect(range).toBeDefined();
      expect(month(range?.start)).toBe(start);
      expect(month(range?.end)).toBe(end);
      expect(text.slice(range?.index, (range?.index ?? 0) + (range?.length ?? 0)).length).toBeGreaterThan(8);
    });
  }

  it("finds no range in numbers that are not dates", () => {
    expect(findDateRange("Lead a team of 4; served 30 models")).toBeUndefined();
    expect(findDateRange("+41 79 555 01 23")).toBeUndefined();
  });
});
