import { FillPlan, type FormDescription, type FormField } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { planFill } from "../src/write/plan-fill.ts";

import { ada } from "./ada.ts";
import { f, opts, posting, RESUMES, recordingWriter, same } from "./write-support.ts";

describe("planFill: a Spanish careers form for a job in Madrid", () => {
  const fields: FormField[] = [
    f("Nombre", { name: "nombre", required: true }),
    f("Apellidos", { name: "apellidos", required: true }),
    f("Correo electrónico", { name: "correo", type: "email", required: true }),
    f("Teléfono móvil", { name: "telefono", type: "tel", required: true }),
    f("Currículum (PDF)", { name: "cv", type: "file", required: true }),
    f("Periodo de preaviso", {
      name: "preaviso",
      type: "select",
      required: true,
      options: same("Incorporación inmediata", "1 mes", "2 meses", "3 meses", "Más de 3 meses"),
    }),
    f("¿Tienes permiso de trabajo en la Unión Europea?", {
      name: "permiso",
      type: "radio",
      required: true,
      options: opts(["si", "Sí"], ["no", "No"]),
    }),
    f("¿Necesitará usted patrocinio de visado para trabajar en España?", {
      name: "visado",
      type: "select",
      required: true,
      options: opts(["", "Selecciona"], ["1", "Sí"], ["0", "No"]),
    }),
    f("Nivel de inglés", {
      name: "ingles",
      type: "select",
      required: true,
      options: same("Básico", "Intermedio", "Avanzado", "Nativo / bilingüe"),
    }),
    f("Nivel de alemán", {
      name: "aleman",
      type: "select",
      options: same("Básico (A1-A2)", "Intermedio (B1-B2)", "Avanzado (C1-C2)", "Nativo"),
    }),
    f("¿Qué modalidad de trabajo prefieres?", {
      name: "modalidad",
      type: "radio",
      options: same("Presencial", "Híbrido", "100% remoto"),
    }),
    f("He leído y acepto la política de privacidad", { name: "privacidad", type: "checkbox", required: true }),
    f("Quiero recibir el boletín de ofertas", { name: "boletin", type: "checkbox" }),
  ];

  it("answers yes/no with the form's Sí/No, and picks the notice period and language levels (C2 is not native)", async () => {
    const writer = recordingWriter();
    const form: FormDescription = { pageUrl: "https://empleo.example.es/aplicar", step: 0, fields, language: "es" };
    const job = posting({ company: "Ejemplo Datos S.L.", city: "Madrid", country: "Spain", language: "es" });
    const result = await planFill(form, { profile: ada, posting: job, resumes: RESUMES, writer });
    FillPlan.parse(result);
    const value = (ref: string) => result.fields.find((p) => p.ref === ref)?.value;
    expect([value("nombre"), value("apellidos"), value("correo"), value("telefono")]).toEqual([
      "Ada",
      "Lovelace",
      "ada.lovelace@example.com",
      "+41 79 555 01 23",
    ]);
    expect(result.fields.find((p) => p.ref === "cv")?.resumeVersionId).toBe("rv-en");
    expect(value("preaviso")).toBe("2 meses");
    expect([value("permiso"), value("visado")]).toEqual(["si", "0"]);
    expect([value("ingles"), value("aleman")]).toEqual(["Avanzado", "Avanzado (C1-C2)"]);
    expect(value("modalidad")).toBe("Híbrido");
    expect(result.fields.find((p) => p.ref === "privacidad")?.checked).toBe(true);
    expect(result.fields.find((p) => p.ref === "boletin")).toBeUndefined();
    expect(result.flags).toEqual([]);
  });
});
