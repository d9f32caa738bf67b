import { parseDate } from "../dates.ts";
import { absoluteUrl, type DomDocument, firstHref, firstText } from "../dom.ts";
import type { Site } from "../types.ts";
import { employmentFromLabel, remoteFromLabel } from "../work-terms.ts";

/** The value of one of Workday's labelled details (`data-automation-id` → dd). */
function detail(doc: DomDocument, id: string): string | null {
  return firstText(doc, [`[data-automation-id=${id}] dd`, `[data-automation-id=${id}]`]);
}

/** Workday career sites (*.myworkdayjobs.com, *.myworkdaysite.com). */
export const workday: Site = {
  platform: "workday",
  matches: (url) => /(?:^|\.)(?:myworkdayjobs|myworkdaysite)\.com$/i.test(url.hostname),
  detect: (doc) => doc.querySelector("[data-automation-id=jobPostingHeader]") !== null,
  extract(doc, ctx) {
    const description = doc.querySelector("[data-automation-id=jobPostingDescription]");
    const path = ctx.postingUrl.pathname.replace(/\/$/, "");
    const apply =
      firstHref(doc, ["a[data-automation-id=adventureButton]", "a[data-automation-id=applyButton]"], ctx.url) ??
      (/\/job\//.test(path) && !path.endsWith("/apply") ? absoluteUrl(`${path}/apply`, ctx.postingUrl) : null);
    const logo = doc.querySelector("[data-automation-id=logo] img[alt]")?.getAttribute("alt") ?? null;
    return {
      title: firstText(doc, ["[data-automation-id=jobPostingHeader]"]),
      company: logo?.replace(/\s+logo$/i, "").trim() || null,
      locationRaw: detail(doc, "locations"),
      remote: remoteFromLabel(detail(doc, "remoteType")),
      employmentType: employmentFromLabel(detail(doc, "time")),
      // "Posted 3 Days Ago" is relative: only an absolute date counts.
      postedAt: parseDate(detail(doc, "postedOn")),
      descriptionHtml: description?.innerHTML ?? null,
      applyUrl: apply,
    };
  },
};
