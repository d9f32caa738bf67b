/** Hosts (and paths) of applicant tracking systems and job boards whose pages are postings. */
const POSTING_PAGES: ReadonlyArray<{ host: RegExp; path?: RegExp }> = [
  { host: /^(job-boards|boards)\.greenhouse\.io$/, path: /\/jobs\/\d+/ },
  { host: /^jobs\.lever\.co$/, path: /^\/[^/]+\/[0-9a-f-]{20,}/ },
  { host: /\.myworkdayjobs\.com$/, path: /\/job\// },
  { host: /^jobs\.ashbyhq\.com$/, path: /^\/[^/]+\/[0-9a-f-]{20,}/ },
  { host: /(^|\.)linkedin\.com$/, path: /^\/jobs\/view\// },
  { host: /(^|\.)indeed\.[a-z.]+$/, path: /^\/(viewjob|rc\/clk|m\/viewjob)/ },
  { host: /^jobs\.smartrecruiters\.com$/, path: /^\/[^/]+\/\d+/ },
];

/** Whether a JSON-LD value (an object, an array, or a `@graph`) describes a JobPosting. */
export function hasJobPosting(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasJobPosting);
  if (typeof value !== "object" || value === null) return false;
  const type: unknown = Reflect.get(value, "@type");
  if (type === "JobPosting" || (Array.isArray(type) && type.includes("JobPosting"))) return true;
  return hasJobPosting(Reflect.get(value, "@graph"));
}

/** Whether the address alone says "a job posting": a known ATS or job board. */
export function isPostingUrl(url: URL): boolean {
  return POSTING_PAGES.some(
    ({ host, path }) => host.test(url.hostname) && (path === undefined || path.test(url.pathname)),
  );
}

/** A careers section's path with one more segment after it: one job, not the list of jobs. */
const CAREERS_PATH =
  /\/(careers?|jobs?|karriere|stellen(angebote)?|stellenanzeigen|vacanc(y|ies)|vacatures?|emplois?|offres?(-d-emploi)?|empleos?|lavora-con-noi|openings|positions?)\/[^/?#]+/i;
/** What an apply link or button says, in the languages the profile's postings come in. */
const APPLY_TEXT = /\b(apply|bewerben|bewerbung|postuler|candidatez|candidatar|solliciteer|candidati)\b/i;

/** A company's own careers page for one job (no structured data): a careers path and an apply link. */
export function looksLikeCareerPage(url: URL, doc: Document): boolean {
  if (!CAREERS_PATH.test(url.pathname) || doc.querySelector("h1") === null) return false;
  for (const element of doc.querySelectorAll("a, button, input[type=submit]")) {
    const text = element.tagName === "INPUT" ? (element.getAttribute("value") ?? "") : (element.textContent ?? "");
    if (APPLY_TEXT.test(text)) return true;
  }
  return false;
}

/**
 * Cheap and generic: a known posting address, a JSON-LD JobPosting, or a company's careers page
 * for one job. On the known job sites the address alone decides (their search pages are not postings).
 */
export function looksLikePosting(url: URL, jsonLd: readonly unknown[], doc?: Document): boolean {
  if (isPostingUrl(url) || hasJobPosting(jsonLd)) return true;
  const knownSite = POSTING_PAGES.some(({ host }) => host.test(url.hostname));
  return !knownSite && doc !== undefined && looksLikeCareerPage(url, doc);
}
