/** How History and Stats write numbers, money and times. */

export const percent = (share: number | null | undefined) =>
  share === null || share === undefined ? "—" : `${Math.round(share * 100)} %`;

export const usd = (amount: number) =>
  amount < 0.01 && amount > 0 ? `$${amount.toFixed(4)}` : `$${amount.toFixed(2)}`;

export const when = (iso: string | null | undefined) => {
  if (!iso) return "—";
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" });
};

export const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `in_progress` → `in progress`. */
export const words = (code: string) => code.replaceAll("_", " ");

/** A job's title, or where it is when its page was not read for one. */
export const titleOf = (title: string, where: string | null) =>
  title.trim() || `Untitled job${where ? ` (${where})` : ""}`;
