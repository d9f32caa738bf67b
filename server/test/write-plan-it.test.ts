import { FillPlan, type FormDescription, type FormField } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { planFill } from "../src/write/plan-fill.ts";

import { ada } from "./ada.ts";
import { f, opts, posting, RESUMES, recordingWriter, same } from "./write-support.ts";

async function plan(fields: FormField[], language?: string) {
  const writer = recordingWriter();
  const form: FormDescription = {
    pageUrl: "https://careers.example.ch/candidatura",
    step: 0,
    fields,
    ...(language ? { language } : {}),
  };
  const job = posting({ city: "Lugano", country: "Switzerland", locationRaw: "Lugano, Svizzera", language: "it" });
  const result = await planFill(form, { profile: ada, posting: job, resumes: RESUMES, writer });
  FillPlan.parse(result);
  const byRef = (ref: string) => result.fields.find((p) => p.ref === ref);
  return { result, byRef, writer };
}

const siNo = opts(["", "--"], ["si", "Sì"], ["no", "No"]);

const fields = (): FormField[] => [
  f("Nome", { name: "nome", required: true }),
  f("Cognome", { name: "cognome", required: true }),
  f("Indirizzo e-mail", { name: "email", type: "email", required: true }),
  f("Numero di cellulare", { name: "cellulare", type: "tel", required: true }),
  f("CAP", { name: "cap", required: true }),
  f("Località", { name: "localita", required: true }),
  f("Curriculum vitae", { name: "cv", type: "file", required: true }),
  f("È autorizzato a lavorare in Svizzera?", { name: "permesso", type: "select", options: siNo, required: true }),
  f("Necessita di una sponsorizzazione per il permesso di lavoro?", {
    name: "sponsor",
    type: "radio",
    options: opts(["si", "Sì"], ["no", "No"]),
    required: true,
  }),
  f("Sei disponibile a trasferirti?", { name: "trasferimento", type: "radio", options: same("Sì", "No") }),
  f("Periodo di preavviso", {
    name: "preavviso",
    type: "select",
    required: true,
    options: same("Nessuno", "1 mese", "2 mesi", "3 mesi", "Più di 3 mesi"),
  }),
  f("Livello di tedesco", {
    name: "tedesco",
    type: "select",
    required: true,
    options: same("Base", "Buono", "Ottimo", "Madrelingua"),
  }),
  f("Livello di francese", {
    name: "francese",
    type: "select",
    options: same("Base (A1-A2)", "Intermedio (B1-B2)", "Avanzato (C1-C2)", "Madrelingua"),
  }),
  f("Modalità di lavoro preferita", {
    name: "modalita",
    type: "radio",
    options: same("In sede", "Ibrido", "Da remoto"),
  }),
  f("Pretese salariali (CHF lordi annui)", { name: "ral", required: true }),
  f("Lettera di motivazione", { name: "lettera", type: "textarea", required: true }),
  f("Acconsento al trattamento dei miei dati personali ai sensi dell'informativa privacy.", {
    name: "privacy",
    type: "checkbox",
    required: true,
  }),
  f("Desidero ricevere la newsletter (facoltativo)", { name: "newsletter", type: "checkbox" }),
];

describe("planFill: an Italian form for a job in Lugano", () => {
  it("answers in Italian: Sì/No, levels, notice period, salary, and the privacy consent only", async () => {
    const { byRef, result, writer } = await plan(fields(), "it");
    const value = (ref: string) => byRef(ref)?.value;
    expect([value("nome"), value("cognome"), value("email"), value("cellulare")]).toEqual([
      "Ada",
      "Lovelace",
      "ada.lovelace@example.com",
      "+41 79 555 01 23",
    ]);
    expect([value("cap"), value("localita")]).toEqual(["8002", "Zurich"]);
    expect(byRef("cv")?.resumeVersionId).toBe("rv-en");
    expect([value("permesso"), value("sponsor"), value("trasferimento")]).toEqual(["si", "no", "Sì"]);
    expect([value("preavviso"), value("tedesco"), value("francese"), value("modalita")]).toEqual([
      "2 mesi",
      "Ottimo",
      "Intermedio (B1-B2)",
      "Ibrido",
    ]);
    expect(value("ral")).toBe("150000");
    expect(byRef("privacy")?.checked).toBe(true);
    expect(byRef("newsletter")).toBeUndefined();
    expect(writer.requests.map((r) => [r.kind, r.language])).toEqual([["cover_letter", "it"]]);
    expect(result.flags).toEqual([]);
  });

  it("tells the form is Italian from its labels when nobody says it", async () => {
    const { writer } = await plan(fields());
    expect(writer.requests[0]?.language).toBe("it");
  });
});
