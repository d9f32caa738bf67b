import { first, firstHref, firstText } from "../dom.ts";
import type { Site } from "../types.ts";
import { remoteFromLabel } from "../work-terms.ts";

/** SmartRecruiters job ads (jobs.smartrecruiters.com, careers.smartrecruiters.com): schema.org microdata plus these. */
export const smartrecruiters: Site = {
  platform: "smartrecruiters",
  matches: (url) => /(?:^|\.)smartrecruiters\.com$/i.test(url.hostname),
  detect: (doc) => doc.querySelector('meta[name="sr:job-ad-id"]') !== null,
  extract(doc, ctx) {
    const place = doc.querySelector("spl-job-location");
    return {
      title: firstText(doc, ["h1.job-title", "[itemprop=title]"]),
      company: firstText(doc, ["[itemprop=hiringOrganization] [itemprop=name]"]),
      locationRaw: place?.getAttribute("formattedaddress") ?? firstText(doc, [".job-details [itemprop=jobLocation]"]),
      remote:
        remoteFromLabel(place?.getAttribute("workplacetype")) ??
        remoteFromLabel(firstText(doc, [".job-details .workplace"])),
      descriptionHtml: first(doc, ["[itemprop=description]", ".job-sections"])?.innerHTML ?? null,
      applyUrl: firstHref(doc, ["a.js-oneclick", "#st-apply", "a[data-sr-track=apply]"], ctx.url),
    };
  },
};
