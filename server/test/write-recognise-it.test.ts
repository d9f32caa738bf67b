import { describe, expect, it } from "vitest";
import type { Fact } from "../src/write/facts.ts";
import { normalise } from "../src/write/normalise.ts";
import { isDecline, levelRank, polarity } from "../src/write/option-meaning.ts";
import { countriesIn, countryCode, languagesIn } from "../src/write/places.ts";
import { textLanguage } from "../src/write/text-language.ts";
import { expectFact, type FieldExtra } from "./write-support.ts";

describe("recogniseField: Italian labels", () => {
  it.each<[string, Fact]>([
    ["Nome", "first_name"],
    ["Cognome", "last_name"],
    ["Nome e cognome", "full_name"],
    ["Indirizzo e-mail", "email"],
    ["Posta elettronica", "email"],
    ["Telefono", "phone"],
    ["Numero di cellulare", "phone"],
    ["Prefisso internazionale", "phone_country_code"],
    ["Via e numero civico", "street"],
    ["Indirizzo", "street"],
    ["CAP", "postal_code"],
    ["NPA", "postal_code"],
    ["Città", "city"],
    ["Località", "city"],
    ["Paese di residenza", "country"],
    ["Nazione", "country"],
    ["Nazionalità", "nationality"],
    ["Cittadinanza", "nationality"],
    ["Profilo LinkedIn", "linkedin"],
    ["Sito web personale", "website"],
    ["Datore di lavoro attuale", "current_company"],
    ["Posizione attuale", "current_title"],
    ["Anni di esperienza", "years_experience"],
    ["Quanti anni di esperienza professionale ha?", "years_experience"],
    ["Pretese salariali (CHF lordi annui)", "salary_expectation"],
    ["Quali sono le tue aspettative salariali?", "salary_expectation"],
    ["RAL desiderata", "salary_expectation"],
    ["Retribuzione annua lorda attuale", "salary_current"],
    ["Periodo di preavviso", "notice_period"],
    ["Qual è il suo termine di disdetta?", "notice_period"],
    ["Data di inizio", "earliest_start"],
    ["Disponibilità", "earliest_start"],
    ["Quando potrebbe iniziare?", "earliest_start"],
    ["Da quando sei disponibile?", "earliest_start"],
    ["È autorizzato a lavorare in Svizzera?", "work_authorization"],
    ["Sei autorizzata a lavorare in Svizzera?", "work_authorization"],
    ["È autorizzato/a a lavorare in Svizzera?", "work_authorization"],
    ["Possiede un permesso di lavoro valido per la Svizzera?", "work_authorization"],
    ["Necessita di un permesso di lavoro per lavorare in Svizzera?", "needs_sponsorship"],
    ["Hai bisogno di sponsorizzazione per il visto?", "needs_sponsorship"],
    ["È disponibile a trasferirsi?", "willing_to_relocate"],
    ["Saresti disponibile al trasferimento a Lugano?", "willing_to_relocate"],
    ["Modalità di lavoro preferita", "remote_preference"],
    ["Lavoro da remoto o ibrido?", "remote_preference"],
    ["Lingue", "languages"],
    ["Quali lingue parla?", "languages"],
    ["Livello di tedesco", "language_level"],
    ["Titolo di studio", "education_degree"],
    ["Laurea", "education_degree"],
    ["Università", "education_school"],
    ["Corso di laurea", "education_field"],
    ["Come ci ha conosciuto?", "how_did_you_hear"],
    ["Come hai saputo di questa offerta?", "how_did_you_hear"],
    ["Come è venuto a conoscenza di questa posizione?", "how_did_you_hear"],
    ["Genere", "gender"],
    ["Sesso", "gender"],
    ["Appartiene alle categorie protette?", "disability"],
    ["Ha già lavorato per noi?", "previously_employed_here"],
    ["Hai mai lavorato per Example Robotics?", "previously_employed_here"],
    ["È già stato/a dipendente del gruppo?", "previously_employed_here"],
    ["È maggiorenne?", "over_18"],
  ])("%s → %s", (label, fact) => {
    expectFact(label, fact);
  });

  it.each<[string, Fact, FieldExtra]>([
    ["Curriculum vitae", "resume", { type: "file" }],
    ["Carica il tuo CV", "resume", { type: "file" }],
    ["Lettera di presentazione", "cover_letter", { type: "file" }],
    ["Lettera di motivazione", "cover_letter", { type: "textarea" }],
    ["Allegati (certificati, diplomi)", "other_file", { type: "file" }],
    [
      "Acconsento al trattamento dei miei dati personali ai sensi del GDPR (art. 13 Reg. UE 2016/679).",
      "data_processing_consent",
      { type: "checkbox" },
    ],
    ["Ho letto l'informativa sulla privacy", "data_processing_consent", { type: "checkbox" }],
    [
      "Acconsento alla conservazione dei miei dati per 24 mesi per future selezioni.",
      "talent_pool_consent",
      { type: "checkbox" },
    ],
    ["Desidero ricevere la newsletter", "newsletter_consent", { type: "checkbox" }],
    ["Acconsento al trattamento dei dati per finalità di marketing", "marketing_consent", { type: "checkbox" }],
    ["Perché desidera lavorare con noi?", "free_text", { type: "textarea" }],
    ["Parlaci di te", "free_text", { type: "textarea" }],
    ["Non sono un robot", "captcha", { type: "checkbox" }],
  ])("%s → %s", (label, fact, extra) => {
    expectFact(label, fact, extra);
  });

  it("reads sections: a bare 'Dal' under Istruzione is an education start", () => {
    expectFact("Dal", "education_start", { section: "Istruzione" });
    expectFact("Al", "experience_end", { section: "Esperienze professionali" });
    expectFact("Azienda", "current_company", { section: "Esperienza lavorativa" });
  });

  it("reads the country, language, currency and period a question names", () => {
    expect(expectFact("È autorizzato a lavorare in Svizzera?", "work_authorization").country).toBe("CH");
    expect(expectFact("Hai bisogno di un permesso di lavoro per l'Italia?", "needs_sponsorship").country).toBe("IT");
    expect(expectFact("Livello di inglese", "language_level").language).toBe("English");
    expect(expectFact("Conoscenza del tedesco", "language_level").language).toBe("German");
    const pay = expectFact("Pretese salariali (CHF, lordo annuo)", "salary_expectation");
    expect([pay.currency, pay.period]).toEqual(["CHF", "year"]);
    expect(expectFact("Stipendio desiderato al mese (EUR)", "salary_expectation").period).toBe("month");
  });

  it("reads the skill of a per-skill question, and no skill from 'un ruolo simile'", () => {
    expect(expectFact("Quanti anni di esperienza ha con Python?", "skill_years").skill).toBe("Python");
    expect(expectFact("Hai esperienza con Kubernetes?", "skill_experience").skill).toBe("Kubernetes");
    expectFact("Quanti anni di esperienza hai in un ruolo simile?", "years_experience");
  });

  it("tells free-text kinds apart", () => {
    expect(expectFact("Perché vuoi unirti a noi?", "free_text", { type: "textarea" }).textKind).toBe("motivation");
    expect(expectFact("Ci parli di lei", "free_text", { type: "textarea" }).textKind).toBe("about_you");
    expect(expectFact("Descrivi un progetto di cui sei fiero", "free_text", { type: "textarea" }).textKind).toBe(
      "experience",
    );
    expect(expectFact("Note", "free_text", { type: "textarea" }).textKind).toBe("additional_info");
  });

  it("marks the field's words as Italian", () => {
    expect(expectFact("Cognome", "last_name").labelLanguages).toEqual(["it"]);
  });
});

describe("normalise: gendered endings after a slash", () => {
  it("reads 'autorizzato/a' as the plain word, and leaves short pairs alone", () => {
    expect(normalise("È autorizzato/a")).toBe("e autorizzato");
    expect(normalise("Interessati/e")).toBe("interessati");
    expect(normalise("Autorisé/e")).toBe("autorise");
    expect(["Sì/No", "c/o", "A/B"].map(normalise)).toEqual(["si/no", "c/o", "a/b"]);
  });
});

describe("Italian option words", () => {
  it("reads yes, no and declining", () => {
    expect(["Sì", "Si", "No"].map(polarity)).toEqual(["yes", "yes", "no"]);
    expect(isDecline("Preferisco non rispondere")).toBe(true);
    expect(isDecline("Preferisco non specificare")).toBe(true);
    expect(isDecline("Sì")).toBe(false);
  });

  it("ranks language levels on the CEFR scale", () => {
    expect(["Base", "Buono", "Ottimo", "Fluente", "Madrelingua", "B2"].map(levelRank)).toEqual([1, 3, 5, 5, 7, 4]);
    expect(levelRank("Molto buono")).toBe(4);
  });

  it("knows countries and languages by their Italian names", () => {
    expect(["Svizzera", "Italia", "Germania", "Francia", "Austria", "Regno Unito"].map(countryCode)).toEqual([
      "CH",
      "IT",
      "DE",
      "FR",
      "AT",
      "GB",
    ]);
    expect(countriesIn("Cittadini UE/AELS o con permesso svizzero")).toEqual(["EU", "CH"]);
    expect(languagesIn("Italiano, tedesco e inglese")).toEqual(["Italian", "German", "English"]);
  });

  it("tells Italian running text", () => {
    expect(
      textLanguage("Siamo una azienda di Lugano che cerca un ingegnere per il nostro team di dati e con lei"),
    ).toBe("it");
  });
});
