import { absoluteUrl, all, type DomDocument, firstHref, firstText } from "../dom.ts";
import { parseSalary } from "../salary.ts";
import type { Site } from "../types.ts";
import { employmentFromLabel, remoteFromLabel } from "../work-terms.ts";

/** Lever's category chips end with " /" as separators. */
function category(doc: DomDocument, name: string): string | null {
  const text = firstText(doc, [`.posting-categories .${name}`, `.posting-category.${name}`]);
  return text ? text.replace(/\s*\/\s*$/, "").trim() || null : null;
}

/** The description is spread over the page's sections; the header and the apply block are not part of it. */
function descriptionHtml(doc: DomDocument): string | null {
  const sections = all(doc, ".posting-page .section.page-centered, .content .section.page-centered").filter(
    (section) =>
      !section.closest(".posting-header") && !/\blast-section-apply\b/.test(section.getAttribute("class") ?? ""),
  );
  const html = sections.map((section) => section.outerHTML).join("\n");
  return html === "" ? null : html;
}

/** Lever job sites (jobs.lever.co, jobs.eu.lever.co). */
export const lever: Site = {
  platform: "lever",
  matches: (url) => /(?:^|\.)lever\.co$/i.test(url.hostname),
  detect: (doc) => doc.querySelector(".posting-headline") !== null && doc.querySelector(".posting-categories") !== null,
  extract(doc, ctx) {
    const logo = doc
      .querySelector(".main-header-logo img[alt]")
      ?.getAttribute("alt")
      ?.replace(/\s+logo$/i, "");
    const apply =
      firstHref(doc, ["a.postings-btn[href*='/apply']", "a[data-qa*=btn-apply][href]", "a[href$='/apply']"], ctx.url) ??
      (lever.matches(ctx.postingUrl)
        ? absoluteUrl(`${ctx.postingUrl.pathname.replace(/\/$/, "")}/apply`, ctx.postingUrl)
        : null);
    return {
      title: firstText(doc, [".posting-headline h2", ".posting-headline h1"]),
      company: logo?.trim() || firstText(doc, [".main-header-logo"]),
      locationRaw: category(doc, "location"),
      department: category(doc, "department") ?? category(doc, "team"),
      employmentType: employmentFromLabel(category(doc, "commitment")),
      remote: remoteFromLabel(category(doc, "workplaceTypes")),
      salary: parseSalary(firstText(doc, ["[data-qa=salary-range]", ".posting-salary"])),
      descriptionHtml: descriptionHtml(doc),
      applyUrl: apply,
    };
  },
};
