import { numbersIn } from "./numbers.ts";

const CURRENCY = String.raw`(?:CHF|EUR|USD|GBP|SEK|NOK|DKK|PLN|CZK|CAD|AUD|JPY|Fr\.|SFr\.?|€|\$|£|francs?|euros?|dollars?|pounds?|Franken)`;
const AMOUNT = String.raw`\d[\d,.'’\u00A0\u202F]*(?:\s?[kK]\b)?`;
const PAY_WORD =
  "(?:salary|salaries|compensation|remuneration|wages?|Gehalt|Gehaltsvorstellung|Lohn|Vergütung|salaire|rémunération|prétentions)";

/** Amounts next to a currency ("CHF 150,000", "1 CHF", "€110k"), or soon after a word for pay ("salary of 1"). */
const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`(?<![\p{L}])${CURRENCY}\s?(${AMOUNT})`, "giu"),
  new RegExp(String.raw`(${AMOUNT})\s?${CURRENCY}(?![\p{L}])`, "giu"),
  new RegExp(String.raw`(?<![\p{L}])${PAY_WORD}(?![\p{L}])[^.!?\n\d]{0,40}?(${AMOUNT})`, "giu"),
];

/** Every amount the text states as pay. */
export function salaryAmountsIn(text: string): number[] {
  return PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].flatMap((m) => numbersIn(m[1] ?? "")));
}
