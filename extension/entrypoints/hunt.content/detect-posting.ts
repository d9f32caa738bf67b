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

/** Cheap and generic: a known posting address, or a JSON-LD JobPosting on the page. */
export function looksLikePosting(url: URL, jsonLd: readonly unknown[]): boolean {
  return isPostingUrl(url) || hasJobPosting(jsonLd);
}
