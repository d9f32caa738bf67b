import { ApplicationStatus, EffortLevel, type HistoryFilter, ResponseOutcome } from "@nyx/shared";
import { useState } from "preact/hooks";
import { words } from "./format.ts";

/** What the person typed, as typed (scores in percent); turned into the server's filter on "Search". */
export interface FilterForm {
  q: string;
  status: string;
  outcome: string;
  effort: string;
  company: string;
  from: string;
  to: string;
  minScore: string;
  maxScore: string;
}

export const NO_FILTER: FilterForm = {
  q: "",
  status: "",
  outcome: "",
  effort: "",
  company: "",
  from: "",
  to: "",
  minScore: "",
  maxScore: "",
};

const share = (text: string) => (text.trim() === "" ? undefined : Number(text) / 100);

/** The form as the server's filter; a problem the person can fix when a value makes no sense. */
export function toFilter(form: FilterForm): { filter: HistoryFilter } | { problem: string } {
  const minScore = share(form.minScore);
  const maxScore = share(form.maxScore);
  for (const s of [minScore, maxScore])
    if (s !== undefined && !(s >= 0 && s <= 1)) return { problem: "A match score is a percentage from 0 to 100." };
  if (minScore !== undefined && maxScore !== undefined && minScore > maxScore)
    return { problem: "The lowest match score is above the highest: swap them." };
  if (form.from && form.to && form.from > form.to) return { problem: "The first day is after the last: swap them." };
  const text = (v: string) => (v.trim() === "" ? undefined : v.trim());
  const filter: HistoryFilter = {
    q: text(form.q),
    status: text(form.status) as HistoryFilter["status"],
    outcome: text(form.outcome) as HistoryFilter["outcome"],
    effort: text(form.effort) as HistoryFilter["effort"],
    company: text(form.company),
    from: text(form.from),
    to: text(form.to),
    ...(minScore === undefined ? {} : { minScore }),
    ...(maxScore === undefined ? {} : { maxScore }),
  };
  return { filter };
}

function Choice({
  label,
  value,
  options,
  onInput,
}: {
  label: string;
  value: string;
  options: readonly string[];
  onInput: (value: string) => void;
}) {
  return (
    <label>
      {label}
      <select aria-label={label} value={value} onChange={(e) => onInput(e.currentTarget.value)}>
        <option value="">any</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {words(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search and filters of History: text, status, outcome, effort, company, days, match score. */
export function HistoryFilters({ initial, onSearch }: { initial: FilterForm; onSearch: (form: FilterForm) => void }) {
  const [form, setForm] = useState(initial);
  const set = (key: keyof FilterForm) => (value: string) => setForm((f) => ({ ...f, [key]: value }));
  const bind = (key: keyof FilterForm) => ({
    value: form[key],
    onInput: (e: { currentTarget: HTMLInputElement }) => set(key)(e.currentTarget.value),
  });
  return (
    <form
      class="filters"
      aria-label="History filters"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(form);
      }}
    >
      <label>
        Search
        <input type="search" placeholder="job, company or site" {...bind("q")} />
      </label>
      <Choice label="Status" value={form.status} options={ApplicationStatus.options} onInput={set("status")} />
      <Choice
        label="Outcome"
        value={form.outcome}
        options={[...ResponseOutcome.options, "none"]}
        onInput={set("outcome")}
      />
      <Choice label="Effort" value={form.effort} options={EffortLevel.options} onInput={set("effort")} />
      <label>
        Company
        <input type="text" {...bind("company")} />
      </label>
      <label>
        From
        <input type="date" {...bind("from")} />
      </label>
      <label>
        To
        <input type="date" {...bind("to")} />
      </label>
      <label>
        Score from %
        <input type="number" min={0} max={100} step="any" {...bind("minScore")} />
      </label>
      <label>
        Score to %
        <input type="number" min={0} max={100} step="any" {...bind("maxScore")} />
      </label>
      <div class="filter-actions">
        <button type="submit">Search</button>
        <button
          type="button"
          onClick={() => {
            setForm(NO_FILTER);
            onSearch(NO_FILTER);
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
