/** Hosts whose profile links get a name of their own; any other site is the portfolio, then website, website_2, … */
const KNOWN_HOSTS: ReadonlyArray<readonly [string, RegExp]> = [
  ["linkedin", /(^|\.)linkedin\.com$/],
  ["github", /(^|\.)github\.com$/],
  ["gitlab", /(^|\.)gitlab\.com$/],
  ["bitbucket", /(^|\.)bitbucket\.org$/],
  ["stackoverflow", /(^|\.)stackoverflow\.com$/],
  ["kaggle", /(^|\.)kaggle\.com$/],
  ["huggingface", /(^|\.)huggingface\.co$/],
  ["google_scholar", /^scholar\.google\.[a-z.]+$/],
  ["orcid", /(^|\.)orcid\.org$/],
  ["researchgate", /(^|\.)researchgate\.net$/],
  ["medium", /(^|\.)medium\.com$/],
  ["twitter", /(^|\.)(twitter|x)\.com$/],
  ["xing", /(^|\.)xing\.com$/],
  ["behance", /(^|\.)behance\.net$/],
  ["dribbble", /(^|\.)dribbble\.com$/],
];

/** Dotted words that are software, not sites. */
const NOT_SITES = new Set([
  "node.js",
  "vue.js",
  "next.js",
  "nuxt.js",
  "react.js",
  "d3.js",
  "three.js",
  "asp.net",
  "ado.net",
  "vb.net",
  "socket.io",
  "chart.js",
]);
/** A bare "name.tld" (no https://, no www.) counts as a site only with one of these endings ("M.Sc." is no site). */
const SITE_ENDINGS = new Set(
  "com org net io dev me ai app co info biz eu ch de fr at uk nl be it es se dk no fi pl cz lu li ie pt us ca au in tech site online page blog xyz cloud design digital studio codes engineer science work pro name website space".split(
    " ",
  ),
);
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const URL_LIKE = /\b(?:https?:\/\/[^\s<>()"'`·|]+|(?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,24}(?:\/[^\s<>()"'`·|,;]*)?)/gi;

/**
 * Reads the person's own links from the lines that carry their contact data (not from the job
 * descriptions, whose links are about employers and projects): named by site, normalised to https.
 */
export function readLinks(texts: readonly string[]): Record<string, string> {
  const links: Record<string, string> = {};
  const taken = new Set<string>();
  for (const written of texts) {
    const text = written.replace(EMAIL, " ");
    for (const m of text.matchAll(URL_LIKE)) {
      if (/[\w.-]/.test(text[m.index - 1] ?? "")) continue; // part of a longer word
      const url = normalise(m[0]);
      if (!url || taken.has(url.href)) continue;
      const key = keyFor(url, links);
      if (!key) continue;
      links[key] = url.href.replace(/\/$/, "");
      taken.add(url.href);
    }
  }
  return links;
}

function normalise(found: string): URL | undefined {
  const trimmed = found.replace(/[.,;:!?)\]]+$/, "");
  const explicit = /^https?:\/\//i.test(trimmed);
  if (!explicit && !bareSite(trimmed)) return undefined;
  try {
    const url = new URL(explicit ? trimmed : `https://${trimmed}`);
    if (url.protocol !== "https:" && url.protocol !== "http:") return undefined;
    if (!explicit) url.protocol = "https:";
    // LinkedIn's own address for a profile is www.linkedin.com/in/…
    if (url.hostname === "linkedin.com") url.hostname = "www.linkedin.com";
    return url;
  } catch {
    return undefined;
  }
}

function bareSite(text: string): boolean {
  const host = text.split("/")[0]?.toLowerCase() ?? "";
  if (NOT_SITES.has(host)) return false;
  return host.startsWith("www.") || SITE_ENDINGS.has(host.split(".").at(-1) ?? "");
}

function keyFor(url: URL, links: Record<string, string>): string | undefined {
  const host = url.hostname.toLowerCase();
  const known = KNOWN_HOSTS.find(([, re]) => re.test(host))?.[0];
  if (known) return links[known] === undefined ? known : nextFree(known, links);
  for (const key of ["portfolio", "website"]) if (links[key] === undefined) return key;
  return nextFree("website", links);
}

function nextFree(key: string, links: Record<string, string>): string {
  let n = 2;
  while (links[`${key}_${n}`] !== undefined) n++;
  return `${key}_${n}`;
}
