import { MONITOR_KINDS, type MonitorSource, type MonitorView } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchMonitor, saveMonitor } from "../../../src/api/settings.ts";
import { LoadError } from "../load-error.tsx";
import { errorText, SectionForm } from "./section-form.tsx";

type Kind = (typeof MONITOR_KINDS)[number];
/** One row as the person edits it: the board name (or the careers page's address) and the company. */
interface Row {
  kind: Kind;
  target: string;
  company: string;
  /** A board's feedUrl, kept as it was (set in the list file). */
  feedUrl?: string;
}

const toRow = (s: MonitorSource): Row =>
  s.kind === "careers"
    ? { kind: s.kind, target: s.url, company: s.company ?? "" }
    : { kind: s.kind, target: s.board, company: s.company ?? "", ...(s.feedUrl ? { feedUrl: s.feedUrl } : {}) };

/** Sent as typed: the server checks each entry and names a bad one. */
function toSource(row: Row): unknown {
  const company = row.company.trim() === "" ? {} : { company: row.company.trim() };
  if (row.kind === "careers") return { kind: row.kind, url: row.target.trim(), ...company };
  return { kind: row.kind, board: row.target.trim(), ...company, ...(row.feedUrl ? { feedUrl: row.feedUrl } : {}) };
}

/** The company monitor: job boards and careers pages Nyx polls on a schedule. */
export function MonitorSection() {
  const [view, setView] = useState<MonitorView | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [rows, setRows] = useState<Row[]>([]);
  const [schedule, setSchedule] = useState("");
  const [enabled, setEnabled] = useState(true);

  const show = (next: MonitorView) => {
    setView(next);
    setRows(next.monitor.sources.map(toRow));
    setSchedule(next.monitor.schedule);
    setEnabled(next.monitor.enabled);
  };
  const load = () => {
    setLoadError(undefined);
    fetchMonitor().then(show, (e: unknown) => setLoadError(errorText(e)));
  };
  useEffect(load, []);

  if (loadError)
    return (
      <section data-testid="settings-monitor" class="settings-section">
        <h3>Company monitor</h3>
        <LoadError message={loadError} retry={load} />
      </section>
    );
  if (!view) return <p>Loading the monitor list…</p>;
  const edit = (i: number, change: Partial<Row>) => setRows(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const last = view.lastRun;
  return (
    <SectionForm
      title="Company monitor"
      testId="settings-monitor"
      saved="Monitor list saved."
      save={async () => show(await saveMonitor({ schedule, enabled, sources: rows.map(toSource) as MonitorSource[] }))}
    >
      <p class="hint">
        Greenhouse, Lever and Ashby boards by name (as in their job-board address), or a careers page's address. New
        postings are judged like "Hunt this job".
      </p>
      {rows.length === 0 && <p class="empty">No company is watched yet: add a board or a careers page below.</p>}
      <ul class="monitor-rows">
        {rows.map((row, i) => (
          <li key={i}>
            <select
              aria-label={`Source ${i + 1} kind`}
              value={row.kind}
              onChange={(e) => edit(i, { kind: e.currentTarget.value as Kind })}
            >
              {MONITOR_KINDS.map((k) => (
                <option key={k} value={k}>
                  {k}
                </option>
              ))}
            </select>
            <input
              aria-label={`Source ${i + 1} ${row.kind === "careers" ? "address" : "board"}`}
              value={row.target}
              placeholder={row.kind === "careers" ? "https://…/jobs" : "board name"}
              onInput={(e) => edit(i, { target: e.currentTarget.value })}
            />
            <input
              aria-label={`Source ${i + 1} company`}
              value={row.company}
              placeholder="company (optional)"
              onInput={(e) => edit(i, { company: e.currentTarget.value })}
            />
            <button
              type="button"
              aria-label={`Remove source ${i + 1}`}
              onClick={() => setRows(rows.filter((_, j) => j !== i))}
            >
              Remove
            </button>
          </li>
        ))}
      </ul>
      <p>
        <button type="button" onClick={() => setRows([...rows, { kind: "greenhouse", target: "", company: "" }])}>
          Add a source
        </button>
      </p>
      <label class="field">
        <span>Schedule (cron)</span>
        <input value={schedule} onInput={(e) => setSchedule(e.currentTarget.value)} />
      </label>
      <label class="field check">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> Poll on the
        schedule
      </label>
      <p class="hint" data-testid="monitor-last-run">
        {last
          ? `Last run ${new Date(last.finishedAt).toLocaleString()}: ${last.totals.fetched} postings read, ${last.totals.new} new, ${last.totals.errors} error(s).`
          : 'Not run yet: it runs on the schedule, or now with "pnpm nyx monitor run".'}
      </p>
    </SectionForm>
  );
}
