/**
 * Reads a verification code out of a message from the person: "123456", "123 456", "Code: 123456",
 * "the code is AB12CD". A code is 3–12 letters and digits with at least one digit (so "yes" or
 * "thanks" is not one); groups separated by spaces or hyphens are joined when every group holds a
 * digit ("123 456" is a code, "I am 25" is not). Returns undefined for anything else.
 */
const LEAD_IN =
  /^(?:(?:the|my)\s+)?(?:(?:verification|security|sms|email|e-mail)\s+)?(?:code|otp|pin)(?:\s+is)?\s*[:=-]?\s*/i;

export function parseCode(message: string): string | undefined {
  const rest = message.trim().replace(LEAD_IN, "").replace(/[.!]$/, "").trim();
  if (rest === "" || !/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(rest)) return undefined;
  const groups = rest.split(/\s+/);
  if (groups.length > 1 && !groups.every((group) => /\d/.test(group))) return undefined;
  const code = groups.join("").replaceAll("-", "");
  if (code.length < 3 || code.length > 12 || !/\d/.test(code)) return undefined;
  return code;
}
