import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BrowserContext } from "playwright-core";

const SEARCH = new URL("../../../shared/fixtures/linkedin/search-ml-zurich/", import.meta.url);

export const SEARCH_HTML = fileURLToPath(new URL("index.html", SEARCH));

/** The fixture's own statement of the page: its address, how many cards, and the distinct jobs. */
export const searchExpected = JSON.parse(readFileSync(new URL("expected.json", SEARCH), "utf8")) as {
  url: string;
  cards: number;
  distinct: number;
  jobs: { id: string; title: string; company: string; location: string; url: string }[];
};

/**
 * What LinkedIn does to its results list, added to the saved page: a card more than a little way
 * outside the list's visible part is emptied (the `<li>` keeps its job id and height) and filled
 * again when it scrolls near, so only a reader that scrolls the list sees every card.
 */
const OCCLUDE_CARDS = `<script>
(() => {
  const list = document.querySelector(".scaffold-layout__list");
  const items = [...document.querySelectorAll("li[data-occludable-job-id]")];
  const saved = new Map();
  const update = () => {
    const box = list.getBoundingClientRect();
    for (const li of items) {
      const r = li.getBoundingClientRect();
      const near = r.bottom > box.top - 50 && r.top < box.bottom + 50;
      if (near && saved.has(li)) { li.innerHTML = saved.get(li); saved.delete(li); li.style.height = ""; }
      else if (!near && !saved.has(li)) { li.style.height = r.height + "px"; saved.set(li, li.innerHTML); li.innerHTML = ""; }
    }
  };
  list.addEventListener("scroll", () => requestAnimationFrame(update));
  update();
})();
</script>`;

/** Serves the search results page at its real address, its cards rendered only near the viewport. */
export async function serveSearchPage(context: BrowserContext, url: string = searchExpected.url): Promise<void> {
  const html = readFileSync(SEARCH_HTML, "utf8").replace("</body>", `${OCCLUDE_CARDS}</body>`);
  await context.route(
    (address) => address.href === url,
    (route) => route.fulfill({ status: 200, contentType: "text/html", body: html }),
  );
}

/** How many cards the page shows right now (the others are empty placeholders). */
export const renderedCards = `document.querySelectorAll("li[data-occludable-job-id] strong").length`;
