import { first, firstHref, firstText } from "../dom.ts";
import { countryName } from "../places.ts";
import { parseSalary } from "../salary.ts";
import type { Site } from "../types.ts";
import { employmentFromLabel, remoteFromLabel } from "../work-terms.ts";

/** Indeed view-job pages on indeed.com and its country sites (ch.indeed.com, de.indeed.com, uk.indeed.com …). */
export const indeed: Site = {
  platform: "indeed",
  matches: (url) => /(?:^|\.)indeed\.(?:com|[a-z]{2}|co\.[a-z]{2}|com\.[a-z]{2})$/i.test(url.hostname),
  detect: (doc) =>
    doc.querySelector("#jobDescriptionText") !== null &&
    doc.querySelector(".jobsearch-JobInfoHeader-title, [data-testid=jobsearch-JobInfoHeader-title]") !== null,
  /** A country site lists jobs in its own country only. */
  hostCountry(url) {
    const sub = /^([a-z]{2})\.indeed\.com$/i.exec(url.hostname)?.[1];
    if (sub) return countryName(sub === "uk" ? "GB" : sub.toUpperCase());
    if (/^(?:www\.)?indeed\.com$/i.test(url.hostname)) return "United States";
    return null;
  },
  extract(doc, ctx) {
    const salaryAndType = doc.querySelector("#salaryInfoAndJobType");
    const pay = firstText(doc, ["#salaryInfoAndJobType span:first-child", "[aria-label=Pay]", "#salaryInfoAndJobType"]);
    const types = firstText(doc, ["#salaryInfoAndJobType", "[aria-label='Job type']"]);
    const location = firstText(doc, [
      "[data-testid=inlineHeader-companyLocation]",
      "[data-testid=job-location]",
      "#jobLocationText",
      "[data-testid=jobsearch-JobInfoHeader-companyLocation]",
    ]);
    const indeedApply = first(doc, ["#indeedApplyButton", "[data-testid=indeedApplyButton]", ".ia-IndeedApplyButton"]);
    const external = firstHref(
      doc,
      ["#applyButtonLinkContainer a", "a[href*='/applystart']", "a[href*='applystart?']"],
      ctx.url,
    );
    return {
      title:
        firstText(doc, [
          "[data-testid=jobsearch-JobInfoHeader-title]",
          ".jobsearch-JobInfoHeader-title",
          "h1",
        ])?.replace(/\s*-\s*job post$/i, "") ?? null,
      company: firstText(doc, [
        "[data-testid=inlineHeader-companyName]",
        "[data-company-name=true]",
        ".jobsearch-CompanyInfoContainer a",
      ]),
      locationRaw: location,
      // A mode inside the location ("Hybrid work in Zürich, ZH") is read with the location.
      remote: remoteFromLabel(
        firstText(doc, ["[data-testid=jobsearch-JobInfoHeader-remoteWorkModel]", "[aria-label='Work setting']"]),
      ),
      salary: parseSalary(pay),
      employmentType: employmentFromLabel(salaryAndType ? types?.replace(pay ?? "", "") : types),
      descriptionHtml: first(doc, ["#jobDescriptionText"])?.innerHTML ?? null,
      applyUrl: external ?? (indeedApply ? ctx.postingUrl.href : null),
      quickApply: external === null && indeedApply !== null,
    };
  },
};
