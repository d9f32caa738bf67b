import type { Platform } from "@nyx/shared";

/** The platform a posting address belongs to, by host (and Workday's host pattern). */
export function platformOfUrl(url: URL): Platform {
  const host = url.hostname;
  if (/(^|\.)linkedin\.com$/.test(host)) return "linkedin";
  if (/(^|\.)greenhouse\.io$/.test(host)) return "greenhouse";
  if (host === "jobs.lever.co" || host === "jobs.eu.lever.co") return "lever";
  if (/\.myworkdayjobs\.com$|\.myworkdaysite\.com$/.test(host)) return "workday";
  if (host === "jobs.ashbyhq.com") return "ashby";
  if (/(^|\.)indeed\.[a-z.]+$/.test(host)) return "indeed";
  if (/(^|\.)smartrecruiters\.com$/.test(host)) return "smartrecruiters";
  return "generic";
}

/** Why an address is certainly not a single job (a search page, a profile), or undefined. */
export function notAJob(url: URL, platform: Platform): string | undefined {
  if (platform === "linkedin" && !/^\/jobs\/view\/\d+\/$/.test(url.pathname)) return "not a LinkedIn job (no job id)";
  if (platform === "indeed" && !url.searchParams.has("jk")) return "not an Indeed job (no jk)";
  return undefined;
}
