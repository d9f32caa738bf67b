import type { FormField } from "@nyx/shared";
import { dictionaryFor } from "./dictionaries/index.ts";
import type { DatePart } from "./facts.ts";

/** A date from the profile: a day ("2027-02-01") or a month ("2014-09"). */
export interface DateValue {
  year: number;
  month: number;
  day?: number;
}

export function parseProfileDate(text: string): DateValue | undefined {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  return { year: Number(y), month: Number(mo), ...(d ? { day: Number(d) } : {}) };
}

const pad = (n: number) => String(n).padStart(2, "0");
const TOKEN = /(YYYY|JJJJ|AAAA|DD|TT|JJ|MM|YY)/;
const FORMAT = new RegExp(`${TOKEN.source}(?:[./ -]${TOKEN.source}){1,2}`, "i");

/** A format the field states ("MM/YYYY" in a placeholder or label, "TT.MM.JJJJ", "JJ/MM/AAAA"). */
function statedFormat(field: FormField): string | undefined {
  for (const text of [field.placeholder, field.label, field.hint]) {
    const m = text === undefined ? null : FORMAT.exec(text);
    if (m) return m[0].toUpperCase();
  }
  return undefined;
}

function render(format: string, d: DateValue): string {
  return format.replace(/DD|TT|JJJJ|JJ|MM|YYYY|AAAA|YY/g, (t) => {
    if (t === "MM") return pad(d.month);
    if (t === "YYYY" || t === "JJJJ" || t === "AAAA") return String(d.year);
    if (t === "YY") return pad(d.year % 100);
    return pad(d.day ?? 1);
  });
}

/** The date as the field takes it: its input type, a stated format, one part of a split date, or the language's usual way. */
export function formatDate(field: FormField, d: DateValue, part: DatePart | undefined, lang: string): string {
  if (part === "year") return String(d.year);
  if (part === "month") return field.maxLength === 1 ? String(d.month) : pad(d.month);
  if (part === "day") return pad(d.day ?? 1);
  if (field.type === "date") return `${d.year}-${pad(d.month)}-${pad(d.day ?? 1)}`;
  if (field.type === "month") return `${d.year}-${pad(d.month)}`;
  const stated = statedFormat(field);
  if (stated) return render(stated, d);
  const words = dictionaryFor(lang).render;
  return render(d.day === undefined ? words.monthFormat : words.dateFormat, d);
}
