import type { Salary } from "@nyx/shared";
import { sentences } from "./text.ts";

/**
 * Pay as pages state it, in any of the usual notations: "€90K – €115K", "CHF 110,000 - CHF 130,000 a year",
 * "85.000 – 105.000 € brutto jährlich", "CHF 120K/yr - CHF 150K/yr", "à partir de 55 000 € par an".
 */

type Period = Salary["period"];

const SYMBOLS: Record<string, string> = {
  "€": "EUR",
  "£": "GBP",
  $: "USD",
  US$: "USD",
  CA$: "CAD",
  C$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  "¥": "JPY",
  "₹": "INR",
  zł: "PLN",
  "Fr.": "CHF",
  "SFr.": "CHF",
  euro: "EUR",
  euros: "EUR",
  franken: "CHF",
  francs: "CHF",
  Kč: "CZK",
};
const CODES = "EUR|CHF|USD|GBP|CAD|AUD|SEK|NOK|DKK|PLN|CZK|HUF|JPY|INR|SGD|NZD|ZAR|ILS|AED|RON|BGN";
const CUR = `(?:${CODES})(?![A-Za-z])|US\\$|CA\\$|C\\$|AU\\$|A\\$|SFr\\.|Fr\\.|€|£|\\$|¥|₹|zł|Kč`;
const CUR_WORD = `${CUR}|euros?\\b|Euro\\b|Franken\\b|francs?\\b`;
const NUM = "\\d{1,3}(?:[.,'’\\u00a0\\u202f ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?";
const MULT = "\\s?(?:[kK](?![a-zA-Z])|Tsd\\.?|Tausend|TEUR|Mio\\.?)";
const MONEY = new RegExp(`(?:(${CUR})\\s?)?(${NUM})(${MULT})?(?:\\s?(${CUR_WORD}))?`, "g");

const PERIOD_SUFFIX =
  "(?:\\s*(?:/\\s*(?:yr|year|y|a|an|jahr|annum|mo|month|monat|mois|h|hr|hour|std|heure)\\b|a year|per year|p\\.\\s?a\\.|brutto|gross|brut))*";
const RANGE_GAP = new RegExp(`^${PERIOD_SUFFIX}\\s*(?:-|–|—|to|bis|à|au|and|und|et|y|a)\\s*$`, "i");

const YEAR =
  /\/\s*(?:yr|year|y|jahr|an|annum)\b|\ba year\b|\bper (?:year|annum)\b|\bp\.\s?a\.|\bannual|\byearly\b|\bjährlich|\bjahres|\bpro jahr\b|\bim jahr\b|\bpar an\b|\bannuel|\bannua\b|\banual\b/i;
const MONTH =
  /\/\s*(?:mo|month|monat|mois)\b|\ba month\b|\bper month\b|\bmonthly\b|\bmonatlich|\bmonats|\bpro monat\b|\bim monat\b|\bpar mois\b|\bmensuel|\bmensile\b|\bmensual\b/i;
const HOUR =
  /\/\s*(?:h|hr|hour|std|heure)\b|\ban hour\b|\bper hour\b|\bhourly\b|\bstündlich|\bpro stunde\b|\bde l['’]heure\b|\bhoraire\b|\bpor hora\b/i;

interface Amount {
  value: number;
  currency: string | null;
  thousands: boolean;
  start: number;
  end: number;
}

function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  if (/^[A-Z]{3}$/.test(token)) return token;
  return SYMBOLS[token] ?? SYMBOLS[token.toLowerCase()] ?? null;
}

function numberOf(raw: string): number {
  const grouped = /^\d{1,3}(?:[.,'’\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2})?$/.test(raw) && !/^\d+[.,]\d{1,2}$/.test(raw);
  if (!grouped) return Number(raw.replace(",", "."));
  const decimals = /[.,](\d{1,2})$/.exec(raw);
  const whole = (decimals ? raw.slice(0, decimals.index) : raw).replace(/\D/g, "");
  return Number(decimals ? `${whole}.${decimals[1]}` : whole);
}

function amounts(text: string): Amount[] {
  const found: Amount[] = [];
  for (const m of text.matchAll(MONEY)) {
    const [whole, before, num = "", mult, after] = m;
    if (/^\d{4}$/.test(num) && !before && !after && !mult) continue;
    const multiplier = mult ? (/mio/i.test(mult) ? 1_000_000 : 1000) : 1;
    found.push({
      value: numberOf(num) * multiplier,
      currency: currencyOf(before) ?? currencyOf(after),
      thousands: multiplier !== 1,
      start: m.index,
      end: m.index + whole.length,
    });
  }
  return found;
}

function periodOf(text: string, top: number): Period {
  if (HOUR.test(text)) return "hour";
  if (MONTH.test(text)) return "month";
  if (YEAR.test(text)) return "year";
  if (top < 300) return "hour";
  return top < 20_000 ? "month" : "year";
}

const MIN_ONLY =
  /(?<!\p{L})(?:minimum|min\.|at least|from|starting|ab|mindestens|mindest\p{L}*|à partir de?|au moins|a partire da|desde|vanaf)(?!\p{L})/iu;
const MAX_ONLY = /(?<!\p{L})(?:up to|maximum|max\.|bis zu|höchstens|jusqu['’]à|fino a|hasta)(?!\p{L})/iu;

/** The first pay amount or range in a short text; null when it names no currency. */
export function parseSalary(text: string | null | undefined, defaultCurrency: string | null = null): Salary | null {
  if (!text) return null;
  const found = amounts(text);
  for (let i = 0; i < found.length; i++) {
    const low = found[i];
    if (!low) continue;
    const high = found[i + 1];
    const paired = high !== undefined && RANGE_GAP.test(text.slice(low.end, high.start));
    const currency = low.currency ?? (paired ? high.currency : null) ?? defaultCurrency;
    if (!currency) continue;
    let min = low.value;
    let max = paired ? high.value : undefined;
    if (max !== undefined && high?.thousands && !low.thousands && min < 1000) min *= 1000;
    if (max !== undefined && max < min) continue;
    const tail = text.slice(paired && high ? high.end : low.end, (paired && high ? high.end : low.end) + 40);
    const period = periodOf(`${text.slice(Math.max(0, low.start - 30), low.start)} ${tail}`, max ?? min);
    if (min <= 0 || (period === "year" && (max ?? min) < 1000)) continue;
    if (max === undefined) {
      const lead = text.slice(Math.max(0, low.start - 120), low.start);
      if (MAX_ONLY.test(lead) && !MIN_ONLY.test(lead)) return { currency, max: min, period };
      if (!MIN_ONLY.test(lead)) max = min;
    }
    return max === undefined ? { currency, min, period } : { currency, min, max, period };
  }
  return null;
}

const PAY_WORDS =
  /salary|salaries|\bpay (?:range|band|scale)|base pay|compensation|remuneration|\bwages?\b|\bote\b|gehalt|vergütung|verguetung|entgelt|\blohn\b|jahreslohn|salär|salaire|rémunération|retribución|salario|stipendio|retribuzione|\bsalaris/i;

/** Pay stated in a description: the first sentence that talks about pay and names an amount. */
export function salaryFromProse(text: string): Salary | null {
  for (const sentence of sentences(text)) {
    if (!PAY_WORDS.test(sentence)) continue;
    const salary = parseSalary(sentence);
    if (salary) return salary;
  }
  return null;
}
