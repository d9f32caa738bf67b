import type { ReviewItem as Item } from "@nyx/shared";

const PARTS = [
  ["skills", "Skills"],
  ["title", "Title"],
  ["experience", "Experience"],
  ["locationOrRemote", "Location or remote"],
  ["salary", "Salary"],
  ["semantic", "Semantic"],
] as const;

const percent = (n: number) => `${Math.round(n * 100)} %`;

/** One waiting job: what it is, how well it matches and why, and how much effort it would get. */
export function ReviewItem(props: { item: Item; selected: boolean; onToggle: (selected: boolean) => void }) {
  const { item, selected, onToggle } = props;
  const b = item.breakdown;
  return (
    <li class="review-item" data-testid="review-item">
      <label>
        <input type="checkbox" checked={selected} onChange={(e) => onToggle(e.currentTarget.checked)} />{" "}
        <strong>{item.job.title}</strong>
        {item.job.company && ` at ${item.job.company}`}: {percent(item.score)}
      </label>
      <p class="meta">
        <a href={item.job.url} target="_blank" rel="noreferrer">
          {new URL(item.job.url).hostname}
        </a>{" "}
        · effort {item.effort.level}
        {item.effort.reason && ` (${item.effort.reason})`}
      </p>
      {b ? (
        <>
          <p class="breakdown">
            {PARTS.flatMap(([key, name]) => {
              const value = b[key];
              return value === undefined ? [] : [`${name} ${percent(value)}`];
            }).join(" · ")}
          </p>
          <ul class="reasons">
            {b.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </>
      ) : (
        <p class="notice">No score breakdown was recorded for this job.</p>
      )}
    </li>
  );
}
