/**
 * Country calling codes are prefix-free: "+1" and "+7" are whole codes, these two-digit codes are
 * whole codes, and every other code has three digits (ITU-T E.164).
 */
const TWO_DIGIT_CODES = new Set([
  20, 27, 30, 31, 32, 33, 34, 36, 39, 40, 41, 43, 44, 45, 46, 47, 48, 49, 51, 52, 53, 54, 55, 56, 57, 58, 60, 61, 62,
  63, 64, 65, 66, 81, 82, 84, 86, 90, 91, 92, 93, 94, 95, 98,
]);

/** Something that may be a phone number: "+41 61 234 56 78", "0041 (0)61 234 56 78", "06 12 34 56 78", "(415) 555-0100". */
export const PHONE_CANDIDATE =
  /(?:\+|\b00)\d[\d\s./()-]{5,22}\d|\b0\d[\d\s./()-]{6,18}\d|\(\d{2,5}\)\s?\d[\d\s.-]{4,14}\d|\b\d{3}[-.\s]\d{3}[-.\s]\d{4}\b/g;

export interface PhoneNumber {
  /** "+41"; absent when the CV writes the number without one. */
  country_code?: string;
  /** The rest, grouped as written: "61 234 56 78". */
  number: string;
}

/** Reads a phone number as written on a CV; undefined when the text is not one. */
export function readPhone(text: string): PhoneNumber | undefined {
  const cleaned = text
    .trim()
    .replace(/\(0\)\s*/g, "")
    .replace(/[./]/g, " ")
    .replace(/\s+/g, " ");
  const digits = cleaned.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 15) return undefined;
  const international = /^(\+|00)\s?(.*)$/.exec(cleaned);
  if (!international) return valid({ number: cleaned });
  const rest = international[2] ?? "";
  const grouped = /^(\d{1,3})[\s-]+(.*)$/.exec(rest);
  const code = grouped?.[1] && isCallingCode(grouped[1]) ? grouped[1] : callingCodeOf(rest.replace(/\D/g, ""));
  if (!code) return undefined;
  let number = grouped?.[1] === code ? (grouped[2] ?? "") : stripDigits(rest, code.length);
  number = number.trim().replace(/^[-\s]+/, "");
  return valid({ country_code: `+${code}`, number });
}

function valid(phone: PhoneNumber): PhoneNumber | undefined {
  return /^[\d\s()-]{4,20}$/.test(phone.number) ? phone : undefined;
}

function isCallingCode(code: string): boolean {
  const n = Number(code);
  if (code.length === 1) return n === 1 || n === 7;
  if (code.length === 2) return TWO_DIGIT_CODES.has(n);
  return !TWO_DIGIT_CODES.has(Number(code.slice(0, 2))) && code[0] !== "1" && code[0] !== "7" && code[0] !== "0";
}

function callingCodeOf(digits: string): string | undefined {
  for (const length of [1, 2, 3]) {
    const code = digits.slice(0, length);
    if (code.length === length && isCallingCode(code)) return code;
  }
  return undefined;
}

/** The text after its first `count` digits. */
function stripDigits(text: string, count: number): string {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/\d/.test(text[i] ?? "")) seen++;
    if (seen === count) return text.slice(i + 1);
  }
  return "";
}
