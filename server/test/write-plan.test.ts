import { type ExtractedPosting, FillPlan, type FormDescription, type FormField } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { planFill } from "../src/write/plan-fill.ts";

import { ada } from "./ada.ts";
import { f, opts, posting, RESUMES, recordingWriter, same, yesNo } from "./write-support.ts";

async function plan(fields: FormField[], over: { job?: Partial<ExtractedPosting>; language?: string } = {}) {
  const writer = recordingWriter();
  const form: FormDescription = {
    pageUrl: "https://jobs.example.com/apply",
    step: 0,
    fields,
    ...(over.language ? { language: over.language } : {}),
  };
  const result = await planFill(form, { profile: ada, posting: posting(over.job), resumes: RESUMES, writer });
  FillPlan.parse(result);
  const byRef = (ref: string) => result.fields.find((p) => p.ref === ref);
  const flagged = (ref: string) => result.flags.find((x) => x.ref === ref);
  const skipped = (ref: string) => result.skipped.find((x) => x.ref === ref);
  return { result, byRef, flagged, skipped, writer };
}

describe("planFill: a Greenhouse-like form for a Swiss job", () => {
  const fields: FormField[] = [
    f("First Name", { name: "job_application[first_name]", id: "first_name", required: true }),
    f("Last Name", { name: "job_application[last_name]", id: "last_name", required: true }),
    f("Email", { name: "job_application[email]", id: "email", required: true }),
    f("Phone", { name: "job_application[phone]", id: "phone", required: true }),
    f("Location (City)", { name: "job_application[location]", placeholder: "Start typing...", required: true }),
    f("Website", { name: "website_url_hp", id: "website_url_hp" }),
    f("Resume/CV", { name: "job_application[resume]", type: "file", required: true }),
    f("Cover Letter", { name: "job_application[cover_letter]", type: "file" }),
    f("LinkedIn Profile", { name: "job_application[answers_attributes][0][text_value]" }),
    f("Are you legally authorized to work in Switzerland?", {
      name: "q1",
      type: "select",
      options: yesNo,
      required: true,
    }),
    f("Will you now or in the future require sponsorship for a Swiss work permit?", {
      name: "q2",
      type: "select",
      options: yesNo,
      required: true,
    }),
    f("What are your annual base salary expectations (CHF, gross)?", { name: "q3", required: true, maxLength: 255 }),
    f("What is your notice period?", {
      name: "q4",
      type: "select",
      required: true,
      options: opts(
        ["", "--"],
        ["88120001", "Immediately available"],
        ["88120002", "Less than 1 month"],
        ["88120003", "1 month"],
        ["88120004", "2 months"],
        ["88120005", "3 months"],
        ["88120006", "More than 3 months"],
      ),
    }),
    f("Earliest possible start date (MM/YYYY)", { name: "q5", placeholder: "MM/YYYY", maxLength: 7, required: true }),
    f("Why do you want to work at Example Robotics?", { name: "q6", type: "textarea", required: true }),
    f("Which working model would you prefer?", {
      name: "q7",
      type: "radio",
      required: true,
      options: opts(["88140001", "On-site"], ["88140002", "Hybrid"], ["88140003", "Fully remote"]),
    }),
    f("How did you hear about this job?", {
      name: "q8",
      type: "select",
      options: opts(["", "--"], ["88130001", "LinkedIn"], ["88130002", "jobs.ch"], ["88130005", "Other"]),
    }),
    f("How many years of professional experience do you have with Rust?", {
      name: "q9",
      type: "select",
      required: true,
      options: opts(["1-2", "1–2 years"], ["3-4", "3–4 years"], ["5+", "5 years or more"]),
    }),
    f("School", { name: "edu[school]", type: "combobox", section: "Education", required: true }),
    f("Degree", {
      name: "edu[degree]",
      type: "select",
      section: "Education",
      required: true,
      options: opts(
        ["", "Select a Degree"],
        ["3", "Bachelor's Degree"],
        ["4", "Master's Degree"],
        ["5", "Master of Business Administration (M.B.A.)"],
        ["6", "Doctor of Philosophy (Ph.D.)"],
      ),
    }),
    f("Discipline", {
      name: "edu[discipline]",
      type: "select",
      section: "Education",
      options: opts(["38", "Computer Engineering"], ["41", "Computer Science"], ["72", "Mathematics"]),
    }),
    f("Start Date Month", { name: "edu[start][month]", section: "Education", placeholder: "MM", maxLength: 2 }),
    f("Start Date Year", { name: "edu[start][year]", section: "Education", placeholder: "YYYY", maxLength: 4 }),
    f("End Date Month", { name: "edu[end][month]", section: "Education", placeholder: "MM", maxLength: 2 }),
    f("End Date Year", { name: "edu[end][year]", section: "Education", placeholder: "YYYY", maxLength: 4 }),
    f("I consent to the processing of my personal data for the purpose of this application.", {
      name: "gdpr_processing",
      type: "checkbox",
      required: true,
    }),
    f("(Optional) Example Robotics may keep my application for 2 years and contact me about other roles.", {
      name: "gdpr_retention",
      type: "checkbox",
    }),
  ];

  it("fills every deterministic field from the profile", async () => {
    const { byRef, result } = await plan(fields);
    const value = (ref: string) => byRef(ref)?.value;
    expect(value("job_application[first_name]")).toBe("Ada");
    expect(value("job_application[last_name]")).toBe("Lovelace");
    expect(value("job_application[email]")).toBe("ada.lovelace@example.com");
    expect(value("job_application[phone]")).toBe("+41 79 555 01 23");
    expect(value("job_application[location]")).toBe("Zurich");
    expect(value("job_application[answers_attributes][0][text_value]")).toBe(
      "https://www.linkedin.com/in/ada-lovelace-example",
    );
    expect(value("q1")).toBe("1");
    expect(value("q2")).toBe("0");
    expect(value("q3")).toBe("150000");
    expect(value("q4")).toBe("88120004");
    expect(value("q5")).toBe("02/2027");
    expect(value("q7")).toBe("88140002");
    expect(value("q8")).toBe("88130001");
    expect(value("edu[school]")).toBe("ETH Zurich");
    expect(value("edu[degree]")).toBe("4");
    expect(value("edu[discipline]")).toBe("41");
    expect([
      value("edu[start][month]"),
      value("edu[start][year]"),
      value("edu[end][month]"),
      value("edu[end][year]"),
    ]).toEqual(["09", "2014", "08", "2016"]);
    expect(byRef("job_application[resume]")?.resumeVersionId).toBe("rv-en");
    expect(byRef("gdpr_processing")?.checked).toBe(true);
    for (const p of result.fields)
      if (p.ref !== "q6") expect([p.ref, p.source]).toEqual([p.ref, expect.stringMatching(/^(profile|default)$/)]);
  });

  it("asks the writer only for the free-text question, in English, with the profile as material", async () => {
    const { byRef, writer } = await plan(fields);
    expect(writer.requests.map((r) => [r.kind, r.language])).toEqual([["motivation", "en"]]);
    const why = byRef("q6");
    expect(why?.source).toBe("template");
    expect(why?.value?.length).toBeGreaterThan(150);
    expect(why?.value).not.toMatch(/\{\{|undefined|\[object Object\]|Kotlin|COBOL|\bRust\b/);
  });

  it("flags the unanswerable question and leaves traps and optional consents alone", async () => {
    const { flagged, skipped, byRef, result } = await plan(fields);
    expect(flagged("q9")?.reason).toBe("skill_not_claimed");
    expect(result.flags).toHaveLength(1);
    expect(skipped("website_url_hp")?.reason).toBe("honeypot");
    expect(skipped("gdpr_retention")?.reason).toBe("optional_consent");
    expect(skipped("job_application[cover_letter]")).toBeDefined();
    expect(byRef("website_url_hp")).toBeUndefined();
    expect(byRef("gdpr_retention")).toBeUndefined();
  });

  it("gives deterministic matches high confidence and fuzzy ones less", async () => {
    const { byRef } = await plan(fields);
    expect(byRef("job_application[first_name]")?.confidence).toBeGreaterThanOrEqual(0.9);
    expect(byRef("job_application[first_name]")?.fact).toBe("first_name");
    expect(byRef("edu[degree]")?.confidence).toBeLessThan(0.9);
  });
});

describe("planFill: a German form", () => {
  const fields: FormField[] = [
    f("Anrede", { name: "bewerber[anrede]", type: "select", options: same("Frau", "Herr", "Divers", "Keine Angabe") }),
    f("Vorname", { name: "bewerber[vorname]", autocomplete: "given-name", required: true }),
    f("Nachname", { name: "bewerber[nachname]", autocomplete: "family-name", required: true }),
    f("E-Mail-Adresse", { name: "bewerber[email]", type: "email", required: true }),
    f("Telefonnummer", {
      name: "bewerber[telefon]",
      type: "tel",
      required: true,
      hint: "Bitte mit Ländervorwahl, z. B. +49 89 1234567",
    }),
    f("Straße und Hausnummer", { name: "bewerber[strasse]", autocomplete: "street-address" }),
    f("PLZ", { name: "bewerber[plz]", autocomplete: "postal-code" }),
    f("Wohnort", { name: "bewerber[ort]", autocomplete: "address-level2", required: true }),
    f("Land", {
      name: "bewerber[land]",
      type: "select",
      required: true,
      options: opts(
        ["", "Bitte wählen"],
        ["DE", "Deutschland"],
        ["AT", "Österreich"],
        ["CH", "Schweiz"],
        ["XX", "Anderes Land"],
      ),
    }),
    f("Homepage", { name: "homepage", id: "homepage" }),
    f("Lebenslauf", { name: "unterlagen[lebenslauf]", type: "file", required: true }),
    f("Arbeitszeugnisse und Zertifikate", { name: "unterlagen[zeugnisse]", type: "file" }),
    f("Gehaltsvorstellung (Brutto-Jahresgehalt in EUR)", { name: "fragen[gehalt]", required: true }),
    f("Kündigungsfrist", {
      name: "fragen[kuendigungsfrist]",
      type: "select",
      required: true,
      options: same("keine", "2 Wochen", "1 Monat", "2 Monate", "3 Monate", "6 Monate"),
    }),
    f("Frühestmöglicher Eintrittstermin", { name: "fragen[eintrittstermin]", type: "date", required: true }),
    f("Benötigen Sie eine Arbeitserlaubnis für Deutschland?", {
      name: "fragen[arbeitserlaubnis]",
      type: "radio",
      required: true,
      options: opts(["ja", "Ja"], ["nein", "Nein"]),
    }),
    f("Deutschkenntnisse", {
      name: "fragen[deutsch]",
      type: "select",
      required: true,
      options: same("A1", "A2", "B1", "B2", "C1", "C2", "Muttersprache"),
    }),
    f("Englischkenntnisse", {
      name: "fragen[englisch]",
      type: "select",
      required: true,
      options: same("A1", "A2", "B1", "B2", "C1", "C2", "Muttersprache"),
    }),
    f("Wie sind Sie auf uns aufmerksam geworden?", {
      name: "fragen[quelle]",
      type: "select",
      options: same("LinkedIn", "XING", "StepStone", "Sonstiges"),
    }),
    f("LinkedIn- oder XING-Profil", { name: "bewerber[profil_url]" }),
    f("Ihre Motivation: Warum möchten Sie bei Beispiel Mobility arbeiten?", {
      name: "anschreiben",
      type: "textarea",
      required: true,
    }),
    f(
      "Ich habe die Datenschutzerklärung für Bewerber gelesen und willige in die Verarbeitung meiner Daten zum Zweck dieser Bewerbung ein.",
      { name: "datenschutz", type: "checkbox", required: true },
    ),
    f(
      "Optional: Ich möchte in den Talentpool aufgenommen werden. Meine Daten dürfen dafür 24 Monate gespeichert werden.",
      { name: "talentpool", type: "checkbox" },
    ),
  ];
  const job = { company: "Beispiel Mobility GmbH", city: "Munich", country: "Germany", language: "de" };

  it("answers in German from the profile, with the German CV and EUR salary", async () => {
    const { byRef, result, writer } = await plan(fields, { job, language: "de" });
    const value = (ref: string) => byRef(ref)?.value;
    expect(value("bewerber[vorname]")).toBe("Ada");
    expect(value("bewerber[telefon]")).toBe("+41 79 555 01 23");
    expect(value("bewerber[strasse]")).toBe("Seestrasse 12");
    expect(value("bewerber[plz]")).toBe("8002");
    expect(value("bewerber[ort]")).toBe("Zurich");
    expect(value("bewerber[land]")).toBe("CH");
    expect(byRef("unterlagen[lebenslauf]")?.resumeVersionId).toBe("rv-de");
    expect(value("fragen[gehalt]")).toBe("110000");
    expect(value("fragen[kuendigungsfrist]")).toBe("2 Monate");
    expect(value("fragen[eintrittstermin]")).toBe("2027-02-01");
    expect(value("fragen[arbeitserlaubnis]")).toBe("nein");
    expect(value("fragen[deutsch]")).toBe("C1");
    expect(value("fragen[englisch]")).toBe("C2");
    expect(value("fragen[quelle]")).toBe("LinkedIn");
    expect(value("bewerber[profil_url]")).toBe("https://www.linkedin.com/in/ada-lovelace-example");
    expect(byRef("datenschutz")?.checked).toBe(true);
    expect(result.flags).toEqual([]);
    expect(writer.requests.map((r) => [r.kind, r.language])).toEqual([["motivation", "de"]]);
    const text = value("anschreiben") ?? "";
    expect(text.length).toBeGreaterThan(150);
    expect(text).toMatch(/\b(ich|und|bei)\b/);
    expect(text).not.toMatch(/Dear |Kind regards|Sincerely|\{\{|Kotlin|COBOL/);
  });

  it("leaves the optional salutation, certificates, homepage and talent pool empty", async () => {
    const { byRef, skipped } = await plan(fields, { job, language: "de" });
    for (const ref of ["bewerber[anrede]", "unterlagen[zeugnisse]", "homepage", "talentpool"]) {
      expect(byRef(ref), ref).toBeUndefined();
      expect(skipped(ref), ref).toBeDefined();
    }
  });

  it("tells the form's language from its labels when nobody says it", async () => {
    const { byRef, writer } = await plan(fields, { job: { ...job, language: null } });
    expect(writer.requests[0]?.language).toBe("de");
    expect(byRef("unterlagen[lebenslauf]")?.resumeVersionId).toBe("rv-de");
  });
});

describe("planFill: a French form", () => {
  it("answers in French, with the default CV when there is no French one", async () => {
    const fields = [
      f("Civilité", { name: "civ", type: "select", options: same("Madame", "Monsieur") }),
      f("Prénom", { name: "prenom", required: true }),
      f("Nom", { name: "nom", required: true }),
      f("Adresse e-mail", { name: "courriel", type: "email", required: true }),
      f("Téléphone portable", { name: "tel", type: "tel", required: true }),
      f("CV", { name: "cv", type: "file", required: true }),
      f("Prétentions salariales (EUR brut annuel)", { name: "salaire", required: true }),
      f("Délai de préavis", {
        name: "preavis",
        type: "select",
        required: true,
        options: same("Aucun", "1 mois", "2 mois", "3 mois"),
      }),
      f("Avez-vous besoin d'un permis de travail pour la France ?", {
        name: "permis",
        type: "radio",
        required: true,
        options: opts(["oui", "Oui"], ["non", "Non"]),
      }),
      f("Niveau d'anglais", {
        name: "anglais",
        type: "select",
        options: same("Notions", "Intermédiaire", "Courant", "Bilingue"),
      }),
      f("Lettre de motivation", { name: "lettre", type: "textarea", required: true }),
      f("J'accepte le traitement de mes données personnelles pour cette candidature.", {
        name: "rgpd",
        type: "checkbox",
        required: true,
      }),
      f("Je souhaite recevoir la newsletter.", { name: "news", type: "checkbox" }),
    ];
    const { byRef, result, writer } = await plan(fields, {
      job: { country: "France", city: "Paris", language: "fr" },
      language: "fr",
    });
    const value = (ref: string) => byRef(ref)?.value;
    expect([value("prenom"), value("nom"), value("courriel"), value("tel")]).toEqual([
      "Ada",
      "Lovelace",
      "ada.lovelace@example.com",
      "+41 79 555 01 23",
    ]);
    expect(byRef("cv")?.resumeVersionId).toBe("rv-en");
    expect([value("salaire"), value("preavis"), value("permis"), value("anglais")]).toEqual([
      "110000",
      "2 mois",
      "non",
      "Courant",
    ]);
    expect(byRef("rgpd")?.checked).toBe(true);
    expect(byRef("news")).toBeUndefined();
    expect(byRef("civ")).toBeUndefined();
    expect(writer.requests.map((r) => [r.kind, r.language])).toEqual([["cover_letter", "fr"]]);
    expect(value("lettre")).toMatch(/^Madame, Monsieur,/);
    expect(result.flags).toEqual([]);
  });
});

describe("planFill: a plain form whose names mean nothing", () => {
  const fields: FormField[] = [
    f("First name", { name: "f1", id: "i1", required: true }),
    f("Last name", { name: "f2", id: "i2", required: true }),
    f("E-mail address", { name: "f3", id: "i3", required: true }),
    f("Telephone", { name: "f4", id: "i4", required: true }),
    f("Place of residence (city)", { name: "f5", id: "i5", required: true }),
    f("Website", { name: "website_url_hp", id: "website_url_hp" }),
    f("Curriculum vitae (PDF)", { name: "f6", id: "i6", type: "file", required: true }),
    f("Salary expectation (CHF gross per year)", { name: "f7", id: "i7", required: true }),
    f("Notice period", {
      name: "f8",
      id: "i8",
      type: "select",
      required: true,
      options: opts(["", "-- please choose --"], ["1", "none"], ["2", "1 month"], ["3", "2 months"], ["4", "3 months"]),
    }),
    f("Do you require a work permit to work in Switzerland?", {
      name: "f9",
      type: "radio",
      required: true,
      options: opts(["a", "Yes"], ["b", "No"]),
    }),
    f("Why do you want to join Example Instruments?", { name: "f10", id: "i10", type: "textarea", required: true }),
    f("LinkedIn profile", { name: "f11", id: "i11" }),
    f("I agree that Example Instruments AG may process my personal data for this application.", {
      name: "f12",
      type: "checkbox",
      required: true,
      section: "Data protection",
    }),
  ];

  it("fills by labels and picks opaque option values", async () => {
    const { byRef, result, skipped } = await plan(fields, { job: { city: "Basel" } });
    const value = (ref: string) => byRef(ref)?.value;
    expect([value("f1"), value("f2"), value("f3"), value("f4"), value("f5")]).toEqual([
      "Ada",
      "Lovelace",
      "ada.lovelace@example.com",
      "+41 79 555 01 23",
      "Zurich",
    ]);
    expect(byRef("f6")?.resumeVersionId).toBe("rv-en");
    expect([value("f7"), value("f8"), value("f9")]).toEqual(["150000", "3", "b"]);
    expect(value("f10")?.length).toBeGreaterThan(150);
    expect(value("f11")).toBe("https://www.linkedin.com/in/ada-lovelace-example");
    expect(byRef("f12")?.checked).toBe(true);
    expect(skipped("website_url_hp")?.reason).toBe("honeypot");
    expect(result.flags).toEqual([]);
  });
});

describe("planFill: questions the profile cannot answer", () => {
  it("flags years of a skill never claimed and the current salary, but answers the rest", async () => {
    const fields = [
      f("Are you legally authorized to work in Switzerland?", {
        name: "a0",
        type: "radio",
        required: true,
        options: opts(["true", "Yes"], ["false", "No"]),
      }),
      f("Salary expectations (CHF gross per year)", { name: "a1", required: true }),
      f("How many years of professional experience do you have with Rust?", {
        name: "a2",
        type: "select",
        required: true,
        options: opts(["1-2", "1–2 years"], ["3-4", "3–4 years"], ["5+", "5 years or more"]),
      }),
      f("What is your current annual base salary (CHF, gross)?", {
        name: "a3",
        required: true,
        hint: "We use this to prepare a competitive offer.",
      }),
      f("Notice period", {
        name: "a4",
        type: "select",
        required: true,
        options: same("Immediately", "1 month", "2 months", "3 months", "More than 3 months"),
      }),
      f("Why do you want to work on satellite autonomy at Orbital Example?", {
        name: "a5",
        type: "textarea",
        required: true,
      }),
    ];
    const { byRef, flagged, result } = await plan(fields, { job: { title: "Senior ML Engineer (Python/Rust)" } });
    expect([byRef("a0")?.value, byRef("a1")?.value, byRef("a4")?.value]).toEqual(["true", "150000", "2 months"]);
    expect(flagged("a2")?.reason).toBe("skill_not_claimed");
    expect(flagged("a3")?.reason).toBe("current_salary_not_in_profile");
    expect(byRef("a2")).toBeUndefined();
    expect(byRef("a3")).toBeUndefined();
    expect(byRef("a5")?.value).not.toMatch(/\bRust\b/);
    expect(result.flags.map((x) => x.ref)).toEqual(["a2", "a3"]);
  });

  it("flags a one-time verification code and never fills it", async () => {
    const fields = [
      f("Enter the 6-digit code we sent to your phone", {
        name: "verification_code",
        autocomplete: "one-time-code",
        required: true,
        step: 1,
      }),
    ];
    const { flagged, byRef } = await plan(fields);
    expect(flagged("verification_code")?.reason).toBe("verification_code");
    expect(byRef("verification_code")).toBeUndefined();
  });

  it("flags an unknown required question and skips an unknown optional one", async () => {
    const { flagged, skipped } = await plan([
      f("Your security clearance number", { name: "u1", required: true }),
      f("Current employees only: your employee ID", { name: "u2", hint: "Leave blank if you do not work here." }),
    ]);
    expect(flagged("u1")?.reason).toBe("unknown_question");
    expect(skipped("u2")?.reason).toBe("unknown_question");
  });
});
