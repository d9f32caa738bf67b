/**
 * Code-like tokens: words written in capitals (three letters or more), and capitals glued to digits
 * or hyphens ("X-42", "S3"). A model copying a code word from a page writes one of these; a letter
 * about the person only uses those found in the person's facts, the posting, or common acronyms.
 */
const TOKEN = /[\p{L}\p{N}]+(?:[-_/&][\p{L}\p{N}]+)*/gu;

/** Acronyms any application text may use without them being in the facts or the posting. */
const COMMON = new Set(
  (
    "API GPU CPU TPU CEO CTO CFO COO CIO CPO HR ETL ELT KPI KPIS OKR SLA B2B B2C R&D USA UK EU EMEA DACH APAC " +
    "NLP LLM RAG ML AI MLOPS SQL NOSQL HTML CSS JSON XML YAML REST HTTP CI/CD IT PDF CV PHD MSC BSC MBA GDPR ISO " +
    "ROI SEO UX UI QA IOT ERP CRM SDK CLI IDE GPT BERT CNN RNN LSTM OCR ASR NER AWS GCP A/B Q&A FAQ"
  ).split(" "),
);

export function tokensOf(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function isCodeLike(token: string): boolean {
  if (/\p{Ll}/u.test(token)) return false;
  const capitals = (token.match(/\p{Lu}/gu) ?? []).length;
  if (capitals === 0) return false;
  return capitals >= 3 || /\p{N}/u.test(token) || (/[-_]/.test(token) && capitals >= 2);
}

/** The code-like tokens of a text. */
export function codeWordsIn(text: string): string[] {
  return tokensOf(text).filter(isCodeLike);
}

/**
 * Upper-cased tokens a text may use: every token of the trusted sources (and its singular: "LLMs" →
 * "LLM"), the acronym-sized tokens of the description (five letters or digits at most, no hyphen:
 * "MRI", "DACH", "S3"; a page's "WOMBAT" or "X-42" is a code word, not an acronym), and COMMON.
 */
export function knownTokens(trusted: readonly string[], description = ""): Set<string> {
  const known = new Set(COMMON);
  const add = (token: string) => {
    known.add(token.toUpperCase());
    if (/\p{Lu}s$/u.test(token)) known.add(token.slice(0, -1).toUpperCase());
  };
  for (const source of trusted) {
    for (const token of tokensOf(source)) {
      add(token);
      for (const part of token.split(/[-_/&]/)) add(part);
    }
  }
  for (const token of tokensOf(description)) if (/^[\p{L}\p{N}]{1,5}$/u.test(token)) add(token);
  return known;
}
