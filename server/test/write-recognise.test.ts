import { describe, expect, it } from "vitest";
import type { Fact } from "../src/write/facts.ts";
import { recogniseField } from "../src/write/recognise-field.ts";
import { expectFact, type FieldExtra, field } from "./write-support.ts";

const opts = (...labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }));

describe("recogniseField: English labels", () => {
  it.each<[string, Fact]>([
    ["First Name", "first_name"],
    ["Legal first name", "first_name"],
    ["Given Name(s)", "first_name"],
    ["Last Name", "last_name"],
    ["Surname", "last_name"],
    ["Preferred First Name", "preferred_name"],
    ["Full name", "full_name"],
    ["Name", "full_name"],
    ["E-mail address", "email"],
    ["Telephone", "phone"],
    ["Mobile phone number", "phone"],
    ["Phone country code", "phone_country_code"],
    ["Address Line 1", "street"],
    ["Postal Code", "postal_code"],
    ["Place of residence (city)", "city"],
    ["Current location", "location"],
    ["Nationality", "nationality"],
    ["LinkedIn Profile", "linkedin"],
    ["GitHub URL", "github"],
    ["Portfolio or personal website", "portfolio"],
    ["Current company", "current_company"],
    ["How many years of professional work experience do you have?", "years_experience"],
    ["What are your annual base salary expectations (CHF, gross)?", "salary_expectation"],
    ["What is your current annual base salary (CHF, gross)?", "salary_current"],
    ["What is your notice period?", "notice_period"],
    ["Earliest possible start date (MM/YYYY)", "earliest_start"],
    ["Are you legally authorized to work in Switzerland?", "work_authorization"],
    ["Will you now or in the future require visa sponsorship to work in Germany?", "needs_sponsorship"],
    ["Do you require a work permit to work in Switzerland?", "needs_sponsorship"],
    ["Are you allowed to work in Austria without a work permit?", "work_authorization"],
    ["Are you willing to relocate to Amsterdam?", "willing_to_relocate"],
    ["Which working model would you prefer?", "remote_preference"],
    ["How did you hear about this job?", "how_did_you_hear"],
    ["If an employee referred you, enter their full name", "referral"],
    ["Veteran status", "veteran"],
    ["Disability status", "disability"],
    ["Gender", "gender"],
    ["Race", "race"],
    ["Pronouns", "pronouns"],
    ["Have you previously worked for us or any of our affiliates?", "previously_employed_here"],
    ["Are you at least 18 years old?", "over_18"],
    ["Do you consent to a background check?", "background_check_consent"],
    ["Twitter URL", "other_link"],
    ["Tell us about the ML platform you are proudest of.", "free_text"],
    ["Which of the following have you used in production? (select all that apply)", "skills"],
    ["Date Available", "earliest_start"],
    ["When could you start at the earliest?", "earliest_start"],
    ["When would you be able to start?", "earliest_start"],
    ["Phone Number * Include country code for non-US numbers", "phone"],
    ["Mobile number (with country code)", "phone"],
    ["Country code", "phone_country_code"],
    ["Country calling code", "phone_country_code"],
  ])("%s → %s", (label, fact) => {
    expectFact(label, fact);
  });
});

describe("recogniseField: German labels", () => {
  it.each<[string, Fact]>([
    ["Vorname", "first_name"],
    ["Nachname", "last_name"],
    ["E-Mail-Adresse", "email"],
    ["Telefonnummer", "phone"],
    ["Straße und Hausnummer", "street"],
    ["PLZ", "postal_code"],
    ["Wohnort", "city"],
    ["Anrede", "salutation"],
    ["Gehaltsvorstellung (Brutto-Jahresgehalt in EUR)", "salary_expectation"],
    ["Kündigungsfrist", "notice_period"],
    ["Frühestmöglicher Eintrittstermin", "earliest_start"],
    ["Benötigen Sie eine Arbeitserlaubnis für Deutschland?", "needs_sponsorship"],
    ["Besitzen Sie eine gültige Arbeitserlaubnis für die Schweiz?", "work_authorization"],
    ["Wie sind Sie auf uns aufmerksam geworden?", "how_did_you_hear"],
    ["Aktueller Arbeitgeber", "current_company"],
    ["Wie viele Jahre Berufserfahrung haben Sie?", "years_experience"],
    ["Geschlecht", "gender"],
    ["Staatsangehörigkeit", "nationality"],
  ])("%s → %s", (label, fact) => {
    expectFact(label, fact);
  });
});

describe("recogniseField: French labels", () => {
  it.each<[string, Fact]>([
    ["Prénom", "first_name"],
    ["Nom", "last_name"],
    ["Nom de famille", "last_name"],
    ["Adresse e-mail", "email"],
    ["Téléphone portable", "phone"],
    ["Code postal", "postal_code"],
    ["Ville", "city"],
    ["Pays", "country"],
    ["Prétentions salariales (EUR brut annuel)", "salary_expectation"],
    ["Délai de préavis", "notice_period"],
    ["Date de début souhaitée", "earliest_start"],
    ["Avez-vous besoin d'un permis de travail pour la France ?", "needs_sponsorship"],
    ["Êtes-vous autorisé à travailler en Suisse ?", "work_authorization"],
    ["Êtes-vous autorisé(e) à travailler en Suisse ?", "work_authorization"],
    ["Êtes-vous autorisé·e à travailler en Suisse ?", "work_authorization"],
    ["Comment avez-vous connu cette offre ?", "how_did_you_hear"],
    ["Civilité", "salutation"],
    ["Nationalité", "nationality"],
  ])("%s → %s", (label, fact) => {
    expectFact(label, fact);
  });
});

describe("recogniseField: instructions are not the question", () => {
  it("reads a phone field whose hint asks for the country code as the phone number", () => {
    expectFact("Phone", "phone", { type: "tel", hint: "Include your country code" });
  });
});

describe("recogniseField: qualifiers", () => {
  it("reads the country of a work-authorisation question in any language", () => {
    expect(expectFact("Are you legally authorized to work in Switzerland?", "work_authorization").country).toBe("CH");
    expect(expectFact("Will you require sponsorship for a Swiss work permit?", "needs_sponsorship").country).toBe("CH");
    expect(expectFact("Benötigen Sie eine Arbeitserlaubnis für Deutschland?", "needs_sponsorship").country).toBe("DE");
    expect(expectFact("Avez-vous besoin d'un permis de travail pour la France ?", "needs_sponsorship").country).toBe(
      "FR",
    );
    expect(expectFact("Are you authorized to work in the US?", "work_authorization").country).toBe("US");
    expect(expectFact("Tell us about yourself", "free_text", { type: "textarea" }).country).toBeUndefined();
  });

  it("reads the currency and period of a salary question", () => {
    const chf = expectFact("Salary expectations (CHF gross per year)", "salary_expectation");
    expect([chf.currency, chf.period]).toEqual(["CHF", "year"]);
    expect(expectFact("Gehaltsvorstellung (Brutto-Jahresgehalt in EUR)", "salary_expectation").currency).toBe("EUR");
    expect(expectFact("Expected monthly salary (€)", "salary_expectation").period).toBe("month");
  });

  it("reads the language of a language-level question", () => {
    expect(expectFact("Deutschkenntnisse", "language_level").language).toBe("German");
    expect(expectFact("Englischkenntnisse", "language_level").language).toBe("English");
    expect(expectFact("What is your level of proficiency in German?", "language_level").language).toBe("German");
    expect(expectFact("Niveau d'anglais", "language_level").language).toBe("English");
    expect(expectFact("Are you legally authorized to work in Germany?", "work_authorization").language).toBeUndefined();
  });

  it("tells a per-skill question from years of experience", () => {
    expect(expectFact("How many years of professional experience do you have with Rust?", "skill_years").skill).toBe(
      "Rust",
    );
    expect(expectFact("Wie viele Jahre Erfahrung haben Sie mit Kotlin?", "skill_years").skill?.toLowerCase()).toBe(
      "kotlin",
    );
    expect(expectFact("Combien d'années d'expérience avez-vous en Rust ?", "skill_years").skill).toBe("Rust");
    expect(expectFact("Do you have experience with Kubernetes?", "skill_experience").skill).toBe("Kubernetes");
    expectFact("How many years of experience do you have in a similar role?", "years_experience");
  });

  it("reads which part of a split date a field takes", () => {
    const month = expectFact("Start Date Month", "education_start", { section: "Education", placeholder: "MM" });
    expect(month.datePart).toBe("month");
    const year = expectFact("End Date Year", "education_end", { section: "Education", placeholder: "YYYY" });
    expect(year.datePart).toBe("year");
    expectFact("From", "experience_start", { section: "Work Experience" });
  });

  it("tells free-text kinds apart", () => {
    expect(expectFact("Why do you want to join us?", "free_text", { type: "textarea" }).textKind).toBe("motivation");
    expect(
      expectFact("Ihre Motivation: Warum möchten Sie bei uns arbeiten?", "free_text", {
        name: "anschreiben",
        type: "textarea",
      }).textKind,
    ).toBe("motivation");
    expect(expectFact("Pourquoi souhaitez-vous nous rejoindre ?", "free_text", { type: "textarea" }).textKind).toBe(
      "motivation",
    );
    expect(
      expectFact("Describe a model you have built and how you evaluated it.", "free_text", { type: "textarea" })
        .textKind,
    ).toBe("experience");
    expect(expectFact("Cover Letter", "cover_letter", { type: "textarea" }).textKind).toBe("cover_letter");
    expect(expectFact("Lettre de motivation", "cover_letter", { type: "textarea" }).textKind).toBe("cover_letter");
    expect(expectFact("Something we did not foresee", "free_text", { type: "textarea" }).textKind).toBe("other");
    expect(expectFact("Why do you want to work at LinkedIn?", "free_text", { type: "textarea" }).textKind).toBe(
      "motivation",
    );
    expectFact("LinkedIn profile", "linkedin", { type: "textarea" });
  });
});

describe("recogniseField: names, ids, autocomplete, options", () => {
  it("trusts labels over meaningless names (f1…f12)", () => {
    expectFact("Mobile", "phone", { name: "f3", id: "i3" });
    expectFact("E-mail address", "email", { name: "f3", id: "i3" });
    expectFact("Notice period", "notice_period", {
      name: "f8",
      type: "select",
      options: opts("none", "1 month", "2 months"),
    });
    expectFact("Why do you want to join us?", "free_text", { name: "f10", type: "textarea" });
    expectFact("", "unknown", { name: "f7", id: "i7" });
  });

  it.each<[FieldExtra, Fact]>([
    [{ autocomplete: "given-name" }, "first_name"],
    [{ autocomplete: "family-name" }, "last_name"],
    [{ autocomplete: "section-apply email" }, "email"],
    [{ autocomplete: "tel-national" }, "phone_number_national"],
    [{ autocomplete: "address-level2" }, "city"],
    [{ autocomplete: "one-time-code" }, "verification_code"],
    [{ name: "job_application[first_name]" }, "first_name"],
    [{ name: "legalNameSection_lastName" }, "last_name"],
    [{ name: "bewerber[vorname]" }, "first_name"],
    [{ name: "fragen[kuendigungsfrist]" }, "notice_period"],
    [{ name: "urls[LinkedIn]" }, "linkedin"],
    [{ id: "phoneNumber--phoneType" }, "phone_type"],
  ])("an empty label with %j → %s", (extra, fact) => {
    expectFact("", fact, extra);
  });

  it("recognises fields by their options", () => {
    expectFact("Land", "country", {
      type: "select",
      options: opts("Deutschland", "Schweiz", "Österreich", "Anderes Land"),
    });
    expectFact("Where?", "country", { type: "select", options: opts("France", "Germany", "Italy", "Spain") });
    expectFact("Country", "phone_country_code", {
      type: "select",
      section: "Phone",
      options: opts("Austria +43", "Germany +49", "Switzerland +41"),
    });
    expectFact("Type", "phone_type", { type: "select", options: opts("Home", "Mobile", "Work") });
    expectFact("Please choose", "remote_preference", {
      type: "radio",
      options: opts("On-site", "Hybrid", "Fully remote"),
    });
    expectFact("Pick one", "education_degree", {
      type: "select",
      options: opts("High School", "Bachelor's Degree", "Master's Degree", "Doctor of Philosophy (Ph.D.)"),
    });
  });

  it("takes file inputs as documents only", () => {
    expectFact("Resume/CV", "resume", { type: "file" });
    expectFact("Lebenslauf", "resume", { type: "file" });
    expectFact("CV", "resume", { type: "file" });
    expectFact("Cover Letter", "cover_letter", { type: "file" });
    expectFact("Arbeitszeugnisse und Zertifikate", "other_file", { type: "file" });
    expectFact("Attach", "other_file", { type: "file" });
  });
});

describe("recogniseField: honeypots and interruptions", () => {
  it.each<[string, FieldExtra]>([
    ["Website", { name: "website_url_hp", id: "website_url_hp" }],
    ["Website", { name: "website", id: "beecatcher" }],
    ["Email", { name: "hp_email" }],
    ["Leave this field empty", { name: "extra" }],
    ["Dieses Feld bitte leer lassen", {}],
    ["Laissez ce champ vide", {}],
  ])("%s %j is a honeypot", (label, extra) => {
    expectFact(label, "honeypot", extra);
  });

  it("does not take a conditional 'leave blank' hint for a honeypot", () => {
    const rec = recogniseField(field("Your employee ID", { hint: "Leave blank if you do not work here." }));
    expect(rec.fact).not.toBe("honeypot");
  });

  it("recognises one-time codes and consents", () => {
    expectFact("Enter the 6-digit code we sent to your phone", "verification_code");
    expectFact(
      "I consent to the processing of my personal data for the purpose of this application.",
      "data_processing_consent",
      { type: "checkbox" },
    );
    expectFact(
      "Ich habe die Datenschutzerklärung gelesen und willige in die Verarbeitung meiner Daten zum Zweck dieser Bewerbung ein.",
      "data_processing_consent",
      { type: "checkbox" },
    );
    expectFact(
      "J'accepte le traitement de mes données personnelles pour cette candidature.",
      "data_processing_consent",
      { type: "checkbox" },
    );
    expectFact(
      "(Optional) We may keep your application for 2 years and contact you about other roles.",
      "talent_pool_consent",
      { type: "checkbox" },
    );
    expectFact("Optional: Ich möchte in den Talentpool aufgenommen werden.", "talent_pool_consent", {
      type: "checkbox",
    });
    expectFact("Send me the science newsletter.", "newsletter_consent", { type: "checkbox" });
    expectFact("Follow the company to stay up to date with their page.", "follow_company", { type: "checkbox" });
    expectFact("Do you consent to receiving text messages?", "sms_consent", {
      type: "radio",
      options: opts("Yes", "No"),
    });
    expectFact("Privacy", "data_processing_consent", {
      type: "checkbox_group",
      options: opts("I have read and agree to the Privacy Policy"),
    });
  });

  it("leaves unknown questions unknown", () => {
    expect(recogniseField(field("Current employees only: your employee ID")).fact).toBe("unknown");
    expect(recogniseField(field("Favourite colour")).fact).toBe("unknown");
  });
});
