/** The side panel's views, in the order PRODUCT.md §8 lists them; the URL's hash names the open one. */
export const VIEWS = ["queue", "live", "history", "stats", "settings"] as const;
export type View = (typeof VIEWS)[number];

export const VIEW_LABEL: Record<View, string> = {
  queue: "Queue",
  live: "Live",
  history: "History",
  stats: "Stats",
  settings: "Settings",
};

/** `#history` or `#history/<id>` opens History; anything else opens the Queue. */
export function viewOf(hash: string): View {
  const name = hash.replace(/^#/, "").split("/")[0];
  return (VIEWS as readonly string[]).includes(name ?? "") ? (name as View) : "queue";
}
