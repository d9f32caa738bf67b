import { first, firstText } from "../dom.ts";
import { parseSalary } from "../salary.ts";
import type { Site } from "../types.ts";

/** Greenhouse job boards (job-boards.greenhouse.io, boards.greenhouse.io, the EU boards) old and new layouts. */
export const greenhouse: Site = {
  platform: "greenhouse",
  matches: (url) => /(?:^|\.)greenhouse\.io$/i.test(url.hostname),
  detect: (doc) => doc.querySelector(".job__title, #app_body .app-title, .job-post .job__description") !== null,
  extract(doc, ctx) {
    const title = firstText(doc, [".job__title h1", ".job__title", "#header .app-title", ".app-title"]);
    const company = firstText(doc, ["#header .company-name", ".company-name"])?.replace(/^at\s+/i, "") ?? null;
    const description = first(doc, [".job__description", "#content", ".job-post-content"]);
    const form = first(doc, [
      "#application-form",
      "#application_form",
      "form#application",
      "form[action*='/applications']",
    ]);
    return {
      title,
      company: company || null,
      locationRaw: firstText(doc, [".job__location", "#header .location", ".location"]),
      salary: parseSalary(firstText(doc, [".pay-range", ".pay-transparency", ".pay-input", ".salary"])),
      descriptionHtml: description?.innerHTML ?? null,
      // The application form is part of the posting page.
      applyUrl: form ? ctx.postingUrl.href : null,
    };
  },
};
