import { describe, expect, it } from "vitest";
import type { Fact } from "../src/write/facts.ts";
import {
  degreeLevelOf,
  isDecline,
  isOptionalMarked,
  levelRank,
  periodOf,
  polarity,
  workModeOf,
} from "../src/write/option-meaning.ts";
import { countryCode, languagesIn } from "../src/write/places.ts";
import { textLanguage } from "../src/write/text-language.ts";
import { expectFact } from "./write-support.ts";

describe("recogniseField: Spanish labels", () => {
  it.each<[string, Fact]>([
    ["Nombre", "first_name"],
    ["Nombre *", "first_name"],
    ["Apellidos", "last_name"],
    ["Primer apellido", "last_name"],
    ["Nombre y apellidos", "full_name"],
    ["Nombre completo", "full_name"],
    ["Correo electrónico", "email"],
    ["Dirección de correo electrónico", "email"],
    ["Teléfono móvil", "phone"],
    ["Prefijo telefónico", "phone_country_code"],
    ["Dirección", "street"],
    ["Calle y número", "street"],
    ["Código postal", "postal_code"],
    ["Ciudad", "city"],
    ["Localidad", "city"],
    ["País", "country"],
    ["País de residencia", "country"],
    ["Nacionalidad", "nationality"],
    ["Perfil de LinkedIn", "linkedin"],
    ["Empresa actual", "current_company"],
    ["Puesto actual", "current_title"],
    ["¿Cuántos años de experiencia profesional tienes?", "years_experience"],
    ["Expectativa salarial (EUR brutos anuales)", "salary_expectation"],
    ["Pretensiones salariales", "salary_expectation"],
    ["¿Cuál es tu salario actual?", "salary_current"],
    ["Periodo de preaviso", "notice_period"],
    ["¿Cuál es su plazo de preaviso?", "notice_period"],
    ["Fecha de incorporación", "earliest_start"],
    ["Disponibilidad de incorporación", "earliest_start"],
    ["¿Cuándo podrías empezar?", "earliest_start"],
    ["¿Cuándo podría incorporarse?", "earliest_start"],
    ["¿Tienes permiso de trabajo en España?", "work_authorization"],
    ["¿Está usted autorizado para trabajar en la Unión Europea?", "work_authorization"],
    ["¿Estás autorizada legalmente a trabajar en España?", "work_authorization"],
    ["¿Necesitas patrocinio de visado para trabajar en España?", "needs_sponsorship"],
    ["¿Requiere usted un permiso de trabajo para trabajar en España?", "needs_sponsorship"],
    ["¿Estarías dispuesto a trasladarte a Madrid?", "willing_to_relocate"],
    ["¿Estaría dispuesta a mudarse a Barcelona?", "willing_to_relocate"],
    ["¿Qué modalidad de trabajo prefieres?", "remote_preference"],
    ["Teletrabajo", "remote_preference"],
    ["Idiomas", "languages"],
    ["Nivel de inglés", "language_level"],
    ["Universidad", "education_school"],
    ["Titulación", "education_degree"],
    ["Nivel de estudios", "education_degree"],
    ["Área de estudios", "education_field"],
    ["¿Cómo nos conociste?", "how_did_you_hear"],
    ["¿Cómo nos conoció?", "how_did_you_hear"],
    ["¿Cómo te enteraste de esta oferta?", "how_did_you_hear"],
    ["¿Te ha recomendado alguien de la empresa?", "referral"],
    ["Género", "gender"],
    ["Sexo", "gender"],
    ["Pronombres", "pronouns"],
    ["¿Has trabajado antes con nosotros?", "previously_employed_here"],
    ["¿Eres mayor de edad?", "over_18"],
    ["He leído y acepto la política de privacidad", "data_processing_consent"],
    ["Consiento el tratamiento de mis datos personales conforme al RGPD", "data_processing_consent"],
    ["Acepto que conserven mis datos durante 12 meses para futuros procesos de selección", "talent_pool_consent"],
    ["Quiero recibir el boletín de noticias", "newsletter_consent"],
    ["Acepto recibir comunicaciones comerciales", "marketing_consent"],
    ["Currículum vitae (PDF)", "resume"],
    ["Adjunta tu CV", "resume"],
    ["Código de verificación", "verification_code"],
    ["No soy un robot", "captcha"],
  ])("%s → %s", (label, fact) => {
    expectFact(label, fact);
  });

  it("does not take a French 'nombre d'années' or a company name for the first name", () => {
    expectFact("Nombre d'années d'expérience", "years_experience");
    expectFact("Nombre de la empresa", "current_company");
  });

  it("reads free-text kinds in both registers", () => {
    const kind = (label: string) => expectFact(label, "free_text", { type: "textarea" }).textKind;
    expect(kind("¿Por qué quieres trabajar con nosotros?")).toBe("motivation");
    expect(kind("¿Por qué le gustaría unirse a nuestro equipo?")).toBe("motivation");
    expect(kind("Háblanos de ti")).toBe("about_you");
    expect(kind("Cuéntenos sobre usted")).toBe("about_you");
    expect(kind("Información adicional")).toBe("additional_info");
    expect(expectFact("Carta de presentación", "cover_letter", { type: "textarea" }).textKind).toBe("cover_letter");
  });

  it("reads the qualifiers of Spanish questions", () => {
    expect(expectFact("¿Tienes permiso de trabajo en España?", "work_authorization").country).toBe("ES");
    expect(expectFact("¿Necesita usted un visado para trabajar en Suiza?", "needs_sponsorship").country).toBe("CH");
    expect(expectFact("Nivel de alemán", "language_level").language).toBe("German");
    expect(expectFact("Nivel de inglés", "language_level").language).toBe("English");
    const salary = expectFact("Expectativa salarial (EUR brutos anuales)", "salary_expectation");
    expect([salary.currency, salary.period]).toEqual(["EUR", "year"]);
    expect(expectFact("¿Cuántos años de experiencia tienes con Kubernetes?", "skill_years").skill).toBe("Kubernetes");
    expectFact("¿Cuántos años de experiencia tienes en un puesto similar?", "years_experience");
    expectFact("Desde", "experience_start", { section: "Experiencia profesional" });
    expectFact("Fecha de finalización", "education_end", { section: "Formación académica" });
  });
});

describe("option words: Spanish", () => {
  it("reads yes, no and decline", () => {
    expect(polarity("Sí")).toBe("yes");
    expect(polarity("Si")).toBe("yes");
    expect(polarity("No")).toBe("no");
    expect(isDecline("Prefiero no decirlo")).toBe(true);
    expect(isDecline("Prefiero no responder")).toBe(true);
    expect(isOptionalMarked("Teléfono (opcional)")).toBe(true);
  });

  it("ranks language levels", () => {
    expect(levelRank("Nativo")).toBe(7);
    expect(levelRank("Bilingüe")).toBe(7);
    expect(levelRank("Avanzado")).toBe(5);
    expect(levelRank("Fluido")).toBe(5);
    expect(levelRank("Intermedio alto")).toBe(4);
    expect(levelRank("Intermedio")).toBe(3);
    expect(levelRank("Básico")).toBe(1);
    expect(levelRank("Avanzado (C1)")).toBe(5);
  });

  it("reads work modes, degrees, periods, countries and languages", () => {
    expect(workModeOf("Híbrido")).toBe("hybrid");
    expect(workModeOf("100% remoto")).toBe("remote");
    expect(workModeOf("Presencial")).toBe("onsite");
    expect(degreeLevelOf("Máster")).toBe("master");
    expect(degreeLevelOf("Grado universitario")).toBe("bachelor");
    expect(degreeLevelOf("Doctorado")).toBe("doctorate");
    expect(degreeLevelOf("Ciclo formativo de grado superior")).toBe("associate");
    expect(degreeLevelOf("Bachillerato")).toBe("school");
    expect(periodOf("Salario bruto anual")).toBe("year");
    expect(periodOf("al mes")).toBe("month");
    expect(countryCode("Suiza")).toBe("CH");
    expect(countryCode("España")).toBe("ES");
    expect(countryCode("Alemania")).toBe("DE");
    expect(languagesIn("Idiomas: inglés y alemán")).toEqual(["English", "German"]);
  });

  it("tells Spanish text from French", () => {
    expect(
      textLanguage(
        "Nos gustaría conocer tu motivación para el puesto y por qué quieres trabajar con nosotros en la empresa",
      ),
    ).toBe("es");
  });
});
