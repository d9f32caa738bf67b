import type { CompanyTier, ReviewItem as Item } from "@nyx/shared";
import { EffortSelect } from "./live/effort-select.tsx";

const PARTS = [
  ["skills", "Skills"],
  ["title", "Title"],
  ["experience", "Experience"],
  ["locationOrRemote", "Location or remote"],
  ["salary", "Salary"],
  ["semantic", "Semantic"],
] as const;

const percent = (n: number) => `${Math.round(n * 100)} %`;

function hostname(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

const TIER: Record<CompanyTier, string> = {
  top: "top-tier company",
  normal: "normal tier",
  avoid: "avoid-tier company",
};

/**
 * One waiting job: what it is, how well it matches and why, the company's tier, and how much effort
 * it would get (the person can change it); a link opens the posting.
 */
export function ReviewItem(props: {
  item: Item;
  selected: boolean;
  onToggle: (selected: boolean) => void;
  onChanged: () => void;
}) {
  const { item, selected, onToggle } = props;
  const b = item.breakdown;
  return (
    <li class="review-item" data-testid="review-item" data-application-id={item.applicationId}>
      <label>
        <input type="checkbox" checked={selected} onChange={(e) => onToggle(e.currentTarget.checked)} />{" "}
        <strong>{item.job.title}</strong>
        {item.job.company && ` at ${item.job.company}`}: {percent(item.score)}
      </label>
      <p class="meta">
        <a href={item.job.url} target="_blank" rel="noreferrer" title={item.job.url}>
          Open posting
        </a>{" "}
        ({hostname(item.job.url)}) ·{" "}
        <span class={`tier-${item.companyTier}`} data-testid="company-tier">
          {TIER[item.companyTier]}
        </span>
      </p>
      <p class="meta">
        <EffortSelect applicationId={item.applicationId} level={item.effort.level} changed={props.onChanged} />
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
