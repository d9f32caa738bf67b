import { all, type DomDocument, first, firstHref, firstText, textOf } from "../dom.ts";
import { parseSalary } from "../salary.ts";
import type { Layer, Site } from "../types.ts";
import { employmentFromLabel, remoteFromLabel } from "../work-terms.ts";

const EASY_APPLY =
  /easy apply|einfach bewerben|candidature simplifiée|solicitud sencilla|candidatura semplificata|eenvoudig solliciteren/i;

/** Salary, work-mode and job-type chips of the top card (logged-in and guest layouts). */
function chips(doc: DomDocument): Pick<Layer, "salary" | "remote" | "employmentType"> {
  const found: Pick<Layer, "salary" | "remote" | "employmentType"> = {};
  const texts = all(
    doc,
    ".job-details-fit-level-preferences button, .job-details-jobs-unified-top-card__job-insight span, .jobs-unified-top-card__job-insight span, .job-details-preferences-and-skills__pill, .description__job-criteria-item",
  ).map((chip) => textOf(chip.querySelector("[aria-hidden=true]") ?? chip) ?? "");
  for (const text of texts) {
    found.salary ??= parseSalary(text);
    found.remote ??= remoteFromLabel(text);
    found.employmentType ??= employmentFromLabel(text);
  }
  return found;
}

/** The top card's caption is "Location · 2 weeks ago · 100 applicants": the first part is the place. */
function location(doc: DomDocument): string | null {
  const caption = firstText(doc, [
    ".job-details-jobs-unified-top-card__tertiary-description-container .tvm__text",
    ".job-details-jobs-unified-top-card__primary-description-container .tvm__text",
    ".job-details-jobs-unified-top-card__bullet",
    ".jobs-unified-top-card__bullet",
    ".topcard__flavor--bullet",
  ]);
  return caption?.split("·")[0]?.trim() || null;
}

/** LinkedIn job views (logged-in top card and the public guest page). */
export const linkedin: Site = {
  platform: "linkedin",
  matches: (url) => /(?:^|\.)linkedin\.com$/i.test(url.hostname),
  detect: (doc) => doc.querySelector(".job-details-jobs-unified-top-card__job-title, .top-card-layout__title") !== null,
  extract(doc, ctx) {
    const applyButton = first(doc, [
      ".jobs-apply-button",
      "#jobs-apply-button-id",
      "[data-live-test-job-apply-button]",
    ]);
    const buttonLabel = `${textOf(applyButton) ?? ""} ${applyButton?.getAttribute("aria-label") ?? ""}`;
    const easyApply = applyButton !== null && EASY_APPLY.test(buttonLabel);
    const jobId = applyButton?.getAttribute("data-job-id");
    const postingUrl = /\/jobs\/view\/\d+/.test(ctx.postingUrl.pathname)
      ? ctx.postingUrl.href
      : jobId && /^\d+$/.test(jobId)
        ? `https://www.linkedin.com/jobs/view/${jobId}/`
        : ctx.postingUrl.href;
    const description = first(doc, [
      "#job-details",
      ".jobs-description__content",
      ".jobs-description-content__text",
      ".description__text",
    ]);
    return {
      title: firstText(doc, [
        ".job-details-jobs-unified-top-card__job-title h1",
        ".job-details-jobs-unified-top-card__job-title",
        ".jobs-unified-top-card__job-title",
        ".top-card-layout__title",
      ]),
      company: firstText(doc, [
        ".job-details-jobs-unified-top-card__company-name",
        ".jobs-unified-top-card__company-name",
        ".topcard__org-name-link",
      ]),
      locationRaw: location(doc),
      ...chips(doc),
      descriptionHtml: description?.innerHTML ?? null,
      // Easy Apply opens a modal on the posting itself; otherwise the page may link to the employer's site.
      applyUrl: easyApply ? postingUrl : firstHref(doc, ["a.jobs-apply-button[href]", "a.apply-button[href]"], ctx.url),
      quickApply: easyApply,
    };
  },
};
