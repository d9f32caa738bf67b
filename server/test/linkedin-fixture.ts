import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { FIXTURES } from "./support.ts";

const PAGE = new URL("linkedin/search-ml-zurich/", FIXTURES);

export const searchExpected = JSON.parse(readFileSync(new URL("expected.json", PAGE), "utf8")) as {
  url: string;
  cards: number;
  distinct: number;
  jobs: { id: string; title: string; company: string; location: string; url: string }[];
};

/** The search page's cards as a reader of the page sees them (id, visible title, company, caption, link). */
export function searchCards(): { id: string; title: string; company?: string; location?: string; url: string }[] {
  const { document } = parseHTML(readFileSync(new URL("index.html", PAGE), "utf8"));
  return [...document.querySelectorAll("li[data-occludable-job-id]")].map((li) => {
    const link = li.querySelector("a[href*='/jobs/view/']");
    const text = (selector: string) =>
      li.querySelector(selector)?.textContent?.trim().replace(/\s+/g, " ") || undefined;
    return {
      id: li.getAttribute("data-occludable-job-id") ?? "",
      title: text("a[href*='/jobs/view/'] strong") ?? text("a[href*='/jobs/view/']") ?? "",
      company: text(".artdeco-entity-lockup__subtitle"),
      location: text(".artdeco-entity-lockup__caption"),
      url: new URL(link?.getAttribute("href") ?? "", "https://www.linkedin.com").toString(),
    };
  });
}
