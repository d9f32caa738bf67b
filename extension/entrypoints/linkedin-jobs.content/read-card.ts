import type { LinkedInCard } from "@nyx/shared";

/**
 * The job cards of a LinkedIn jobs list, in order: the list items, which keep their job id even
 * while LinkedIn has emptied them (it renders only the cards near the viewport), or else the card
 * containers themselves.
 */
export function cardElements(doc: Document): Element[] {
  const items = doc.querySelectorAll("li[data-occludable-job-id]");
  return [...(items.length > 0 ? items : doc.querySelectorAll("[data-job-id]"))];
}

const VIEW_LINK = 'a[href*="/jobs/view/"]';

function text(root: Element, selector: string): string | undefined {
  const value = root.querySelector(selector)?.textContent?.replace(/\s+/g, " ").trim();
  return value === "" ? undefined : value;
}

function jobId(card: Element): string | undefined {
  const id =
    card.getAttribute("data-occludable-job-id") ??
    card.getAttribute("data-job-id") ??
    card
      .querySelector(VIEW_LINK)
      ?.getAttribute("href")
      ?.match(/\/jobs\/view\/(\d+)/)?.[1];
  return id !== undefined && /^\d{5,}$/.test(id) ? id : undefined;
}

/**
 * What one card shows: id, the visible title (the `<strong>`, not the screen-reader copy, which
 * may add words such as "with verification"), company, location caption, and the job's address
 * without tracking parameters. Undefined while the card is an empty placeholder.
 */
export function readCard(card: Element, origin: string): LinkedInCard | undefined {
  const id = jobId(card);
  if (id === undefined) return undefined;
  const title =
    text(card, `${VIEW_LINK} strong`) ??
    text(card, `${VIEW_LINK} [aria-hidden="true"]`) ??
    text(card, VIEW_LINK) ??
    text(card, ".job-card-list__title, .artdeco-entity-lockup__title");
  if (title === undefined) return undefined;
  const company = text(card, ".artdeco-entity-lockup__subtitle");
  const location = text(card, ".artdeco-entity-lockup__caption");
  return {
    id,
    title,
    ...(company !== undefined ? { company } : {}),
    ...(location !== undefined ? { location } : {}),
    url: new URL(`/jobs/view/${id}/`, origin).toString(),
  };
}
