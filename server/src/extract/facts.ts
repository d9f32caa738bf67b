import { all, type DomElement, normalizeSpace, textOf } from "./dom.ts";
import { foldKey } from "./text.ts";

/**
 * Labelled facts a page states ("Standort: München", <dt>Location</dt><dd>…</dd>, an "Employment Type"
 * heading over its value), found by their labels in English, German, French, Italian, Spanish and Dutch.
 */

export type FactKey = "location" | "remote" | "employment" | "salary" | "posted" | "department" | "company";
export type Facts = Partial<Record<FactKey, string>>;

/** Labels by fact, "|"-separated, compared accent- and case-insensitively. */
const LABELS: Record<FactKey, string> = {
  location:
    "location|locations|job location|work location|office location|office|city|standort|standorte|arbeitsort|" +
    "einsatzort|dienstort|ort|lieu|lieu de travail|localisation|localité|ville|sede|luogo di lavoro|ubicación|" +
    "ubicacion|locatie|werklocatie",
  remote:
    "location type|workplace type|workplace|work model|working model|work arrangement|remote type|remote|remote work|" +
    "work setting|arbeitsmodell|arbeitsweise|homeoffice|home office|mobiles arbeiten|remote arbeit|télétravail|" +
    "mode de travail|modalité de travail|modalità di lavoro|modalidad|werkmodel",
  employment:
    "employment type|job type|type|commitment|contract type|contract|time type|position type|schedule|working hours|" +
    "anstellungsart|beschäftigungsart|vertragsart|arbeitszeit|anstellung|art der anstellung|beschäftigungsumfang|" +
    "pensum|type de contrat|type d'emploi|type de poste|temps de travail|contrat|tipo di contratto|tipo de contrato|" +
    "jornada|dienstverband",
  salary:
    "salary|salary range|compensation|pay|pay range|base salary|annual salary|gehalt|vergütung|jahresgehalt|salär|" +
    "lohn|entgelt|salaire|rémunération|fourchette de salaire|retribuzione|stipendio|salario|salaris",
  posted:
    "posted|posted on|date posted|published|publication date|veröffentlicht|veröffentlicht am|online seit|erstellt am|" +
    "datum|publié le|date de publication|mise en ligne|pubblicato il|fecha de publicación|geplaatst op",
  department:
    "department|team|function|job function|abteilung|bereich|fachbereich|funktion|département|service|équipe|filière|" +
    "reparto|departamento|afdeling",
  company:
    "company|employer|organisation|organization|unternehmen|arbeitgeber|firma|entreprise|employeur|société|azienda|" +
    "empresa|bedrijf",
};

const keyByLabel = new Map<string, FactKey>();
for (const [key, labels] of Object.entries(LABELS) as [FactKey, string][]) {
  for (const label of labels.split("|")) keyByLabel.set(foldKey(label), key);
}

function factKey(label: string): FactKey | null {
  const folded = foldKey(label.replace(/[:*：]+\s*$/, ""));
  return folded.length > 40 ? null : (keyByLabel.get(folded) ?? null);
}

function add(facts: Facts, key: FactKey | null, value: string | null): void {
  if (!key || !value) return;
  const cleaned = normalizeSpace(value).replace(/^[:：]\s*/, "");
  if (cleaned !== "" && cleaned.length <= 300 && !facts[key]) facts[key] = cleaned;
}

/** Facts from definition lists, table headers, label elements followed by their value, and "Label: value" lines. */
export function collectFacts(root: DomElement | null, lines: readonly string[]): Facts {
  const facts: Facts = {};
  if (root) {
    for (const label of all(root, "dt, th, h2, h3, h4, h5, h6, strong, b, label")) {
      const text = label.textContent ?? "";
      if (text.length > 60) continue;
      const key = factKey(text);
      if (!key) continue;
      const next = label.nextElementSibling;
      if (next) {
        add(facts, key, textOf(next));
        continue;
      }
      const parent = label.parentElement;
      const whole = parent ? (textOf(parent) ?? "") : "";
      if (whole.length <= 300) add(facts, key, whole.slice(normalizeSpace(text).length));
    }
  }
  for (const line of lines) {
    const m = /^([^:：]{2,40})[:：]\s*(.+)$/.exec(line);
    if (m?.[1] && m[2]) add(facts, factKey(m[1]), m[2]);
  }
  return facts;
}
