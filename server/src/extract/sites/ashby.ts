import { absoluteUrl, first, firstHref, firstText } from "../dom.ts";
import { collectFacts } from "../facts.ts";
import { parseSalary } from "../salary.ts";
import type { Site } from "../types.ts";
import { employmentFromLabel, remoteFromLabel } from "../work-terms.ts";

/** Ashby job boards (jobs.ashbyhq.com): a left pane of labelled details, an Overview and an Application tab. */
export const ashby: Site = {
  platform: "ashby",
  matches: (url) => /(?:^|\.)ashbyhq\.com$/i.test(url.hostname),
  detect: (doc) => doc.querySelector(".ashby-job-posting-heading, .ashby-job-posting-left-pane") !== null,
  extract(doc, ctx) {
    const facts = collectFacts(doc.querySelector(".ashby-job-posting-left-pane"), []);
    const description = first(doc, [
      "[class*=descriptionText]",
      "#overview",
      ".ashby-job-posting-right-pane [role=tabpanel]",
    ]);
    const path = ctx.postingUrl.pathname.replace(/\/$/, "");
    const apply =
      firstHref(
        doc,
        ["a[role=tab][href$='/application']", "a#job-application-form", "a.ashby-job-posting-apply-button"],
        ctx.url,
      ) ?? (/\/[0-9a-f-]{36}$/i.test(path) ? absoluteUrl(`${path}/application`, ctx.postingUrl) : null);
    return {
      title: firstText(doc, [".ashby-job-posting-heading", "h1"]),
      locationRaw: facts.location ?? null,
      remote: remoteFromLabel(facts.remote),
      employmentType: employmentFromLabel(facts.employment),
      department: facts.department ?? null,
      salary: parseSalary(facts.salary),
      descriptionHtml: description?.innerHTML ?? null,
      applyUrl: apply,
    };
  },
};
