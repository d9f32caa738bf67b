import type { LinkedInCard } from "@nyx/shared";
import { cardElements, readCard } from "./read-card.ts";

export interface CollectOptions {
  /** How long to let the page render after each scroll step. */
  settleMs?: number;
  /** A bound on scroll steps, whatever the page does. */
  maxSteps?: number;
  signal?: AbortSignal;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The element that scrolls the cards: the nearest scrollable ancestor, or the page itself. */
function scrollerOf(card: Element, doc: Document): Element {
  for (let node = card.parentElement; node !== null; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if ((overflowY === "auto" || overflowY === "scroll") && node.scrollHeight > node.clientHeight) return node;
  }
  return doc.scrollingElement ?? doc.documentElement;
}

/**
 * Every job card of the page, in the list's order, one per card: a job shown twice (a "Promoted"
 * repeat) is sent twice and the server counts it as a duplicate. LinkedIn renders only the cards
 * near the viewport, so the list is scrolled from the top step by step until it is at its end and
 * a step brings no new card; then it is put back where the person left it.
 */
export async function collectCards(doc: Document, options: CollectOptions = {}): Promise<LinkedInCard[]> {
  const { settleMs = 250, maxSteps = 400, signal } = options;
  const found = new Map<number, LinkedInCard>();
  const read = (): number => {
    const before = found.size;
    cardElements(doc).forEach((element, position) => {
      if (found.has(position)) return;
      const card = readCard(element, doc.location.origin);
      if (card !== undefined) found.set(position, card);
    });
    return found.size - before;
  };

  const first = cardElements(doc)[0];
  if (first === undefined) return [];
  const scroller = scrollerOf(first, doc);
  const start = scroller.scrollTop;
  try {
    scroller.scrollTop = 0;
    await sleep(settleMs);
    read();
    for (let step = 0; step < maxSteps && signal?.aborted !== true; step++) {
      const before = scroller.scrollTop;
      scroller.scrollTop = before + Math.max(scroller.clientHeight * 0.8, 100);
      await sleep(settleMs);
      const added = read();
      const atEnd =
        scroller.scrollTop <= before || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
      if (atEnd && added === 0) break;
    }
  } finally {
    scroller.scrollTop = start;
  }
  return [...found.entries()].sort(([a], [b]) => a - b).map(([, card]) => card);
}
