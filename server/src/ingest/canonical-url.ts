import { AppError } from "@nyx/shared";

/**
 * One address per job, however it arrives: https, lower-case host, no fragment, no tracking
 * parameters, no trailing slash, sorted query; per-site forms for the platforms whose addresses
 * carry a job id (LinkedIn, Indeed) or whose apply page is the posting plus a suffix.
 */

/** Query parameters that only track where a click came from. */
const TRACKING = [
  /^utm_/i,
  /^(gclid|gbraid|wbraid|fbclid|msclkid|dclid|yclid|twclid|li_fat_id|mc_cid|mc_eid|_hsenc|_hsmi|mkt_tok)$/i,
  /^(ref|refid|ref_src|referer|referrer|source|src|trk|trkinfo|trackingid|ebp|lipi|originalsubdomain|from|position|pagenum)$/i,
  /^(gh_src|lever-source|lever-origin|lever-via|ashby_src|ashby_jid_src|iis|iisn|sid|cmp|campaign)$/i,
];

export function canonicalJobUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new AppError("bad_request", "not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("bad_request", `not an http(s) URL (${url.protocol.replace(":", "")})`);
  }
  if (url.username || url.password)
    throw new AppError("bad_request", "a job URL must not carry a user name or password");
  url.protocol = "https:";
  url.hostname = url.hostname.toLowerCase().replace(/\.$/, "");
  url.port = "";
  url.hash = "";
  return (linkedIn(url) ?? indeed(url) ?? generic(url)).toString();
}

/** LinkedIn: /jobs/view/<id> in any form, or a search/collection page naming the job in currentJobId. */
function linkedIn(url: URL): URL | undefined {
  if (!/(^|\.)linkedin\.com$/.test(url.hostname)) return undefined;
  const id =
    url.pathname.match(/^\/(?:comm\/)?jobs\/view\/(?:[^/]*?-)?(\d{5,})\/?$/)?.[1] ??
    (/^\/jobs\/(search|collections)/.test(url.pathname) ? url.searchParams.get("currentJobId") : null);
  if (!id || !/^\d{5,}$/.test(id)) return undefined;
  return new URL(`https://www.linkedin.com/jobs/view/${id}/`);
}

/** Indeed: the job is its `jk`, on the country's host. */
function indeed(url: URL): URL | undefined {
  if (!/(^|\.)indeed\.[a-z.]+$/.test(url.hostname)) return undefined;
  const jk = url.searchParams.get("jk") ?? url.searchParams.get("vjk");
  if (!jk || !/^[0-9a-f]{8,32}$/i.test(jk)) return undefined;
  const host = url.hostname === "indeed.com" ? "www.indeed.com" : url.hostname;
  return new URL(`https://${host}/viewjob?jk=${jk.toLowerCase()}`);
}

function generic(url: URL): URL {
  if (url.hostname === "boards.greenhouse.io") url.hostname = "job-boards.greenhouse.io";
  // The apply page of a Lever or Ashby posting is the posting plus a suffix.
  if (url.hostname === "jobs.lever.co") url.pathname = url.pathname.replace(/\/apply\/?$/, "");
  if (url.hostname === "jobs.ashbyhq.com") url.pathname = url.pathname.replace(/\/application\/?$/, "");
  url.pathname = url.pathname.replace(/\/{2,}/g, "/").replace(/(.)\/+$/, "$1");
  const kept = [...url.searchParams].filter(([key]) => !TRACKING.some((pattern) => pattern.test(key)));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = new URLSearchParams(kept).toString();
  return url;
}

/** The registrable-ish host for domain policies and applications.domain_name ("careers.acme.com"). */
export function domainOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
