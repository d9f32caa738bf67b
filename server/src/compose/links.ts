/** Links and e-mail addresses in running text. */
const TLDS = "com|net|org|io|ai|dev|app|co|info|biz|xyz|me|ly|gg|sh|test|example|invalid|local|ch|de|at|fr|nl|uk|eu|us";
const URL_PATTERN = new RegExp(
  [
    String.raw`\b(?:https?|ftp|file|data|javascript):\/*[^\s<>"'\x60)\]}]+`,
    String.raw`\bwww\.[^\s<>"'\x60)\]}]+`,
    String.raw`\b(?:[a-z0-9-]+\.)+[a-z]{2,}\/[^\s<>"'\x60)\]}]*`,
    String.raw`\b(?:[a-z0-9-]+\.)+(?:${TLDS})\b(?![.@-]?\w)`,
  ].join("|"),
  "giu",
);
const EMAIL_PATTERN = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;

/** URLs, "www." addresses and bare domains; trailing sentence punctuation is not part of them. */
export function urlsIn(text: string): string[] {
  const withoutEmails = text.replace(EMAIL_PATTERN, " ");
  return (withoutEmails.match(URL_PATTERN) ?? []).map((url) => url.replace(/[.,;:!?]+$/, ""));
}

export function emailsIn(text: string): string[] {
  return text.match(EMAIL_PATTERN) ?? [];
}

/** The text with links and e-mail addresses replaced by a neutral marker. */
export function withoutLinks(text: string): string {
  return text.replace(EMAIL_PATTERN, "[e-mail removed]").replace(URL_PATTERN, "[link removed]");
}

/** A link as compared: no scheme, no "www.", no trailing slash, lower case. */
export function linkKey(url: string): string {
  return url
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
}
