import type { HistoryFilter, HistoryRow } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchHistory, fetchHistoryCsv } from "../../../src/api/tracker.ts";
import { LoadError } from "../load-error.tsx";
import { message, percent, titleOf, usd, when, words } from "./format.ts";
import { type FilterForm, HistoryFilters, NO_FILTER, toFilter } from "./history-filters.tsx";
import { saveFile } from "./save-file.ts";

const PAGE = 25;

type Load =
  | { state: "loading" }
  | { state: "ok"; rows: HistoryRow[]; total: number; next: string | null }
  | { state: "error"; message: string };

function Row({ row }: { row: HistoryRow }) {
  return (
    <li class="history-row" data-testid="history-row" data-id={row.id}>
      <a href={`#history/${row.id}`}>{titleOf(row.jobTitle, row.domain)}</a>
      <span class="meta">
        {row.company ?? row.domain ?? "unknown company"} · {words(row.status)}
        {row.outcome ? ` · ${words(row.outcome)}` : ""} · effort {row.effort} · match {percent(row.score)} ·{" "}
        {usd(row.costUsd)} · {when(row.createdAt)}
      </span>
    </li>
  );
}

/** History: the filtered applications a page at a time, newest first, and their CSV. */
/** `shown`: the list is on screen (not under an open detail); it reloads each time it comes back. */
export function HistoryList({ shown }: { shown: boolean }) {
  const [form, setForm] = useState<FilterForm>(NO_FILTER);
  const [filter, setFilter] = useState<HistoryFilter>({});
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [more, setMore] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const [csv, setCsv] = useState<{ busy: boolean; error?: string; done?: string }>({ busy: false });

  const first = (f: HistoryFilter) => {
    setLoad({ state: "loading" });
    fetchHistory(f, { limit: PAGE }).then(
      (page) => setLoad({ state: "ok", rows: page.rows, total: page.total, next: page.nextCursor }),
      (e: unknown) => setLoad({ state: "error", message: message(e) }),
    );
  };
  useEffect(() => {
    if (shown) first(filter);
  }, [filter, shown]);

  const search = (next: FilterForm) => {
    setForm(next);
    const result = toFilter(next);
    if ("problem" in result) return setProblem(result.problem);
    setProblem(undefined);
    setFilter(result.filter);
  };

  const loadMore = async () => {
    if (load.state !== "ok" || !load.next) return;
    setMore({ busy: true });
    try {
      const page = await fetchHistory(filter, { limit: PAGE, cursor: load.next });
      setLoad({ state: "ok", rows: [...load.rows, ...page.rows], total: page.total, next: page.nextCursor });
      setMore({ busy: false });
    } catch (e) {
      setMore({ busy: false, error: `${message(e)} The rows shown are kept; try again.` });
    }
  };

  const exportCsv = async () => {
    setCsv({ busy: true });
    try {
      const blob = await fetchHistoryCsv(filter);
      saveFile(blob, `nyx-history-${new Date().toISOString().slice(0, 10)}.csv`);
      setCsv({ busy: false, done: "The CSV is in your downloads." });
    } catch (e) {
      setCsv({ busy: false, error: `${message(e)} Nothing was saved; try again.` });
    }
  };

  return (
    <section class="history" data-testid="history">
      <h2>History</h2>
      <HistoryFilters initial={form} onSearch={search} />
      {problem && (
        <p class="error" role="alert">
          {problem}
        </p>
      )}
      {load.state === "loading" && <p>Loading the applications…</p>}
      {load.state === "error" && <LoadError message={load.message} retry={() => first(filter)} />}
      {load.state === "ok" && (
        <>
          <div class="actions">
            <span data-testid="history-total">
              {load.rows.length} of {load.total} application{load.total === 1 ? "" : "s"}
            </span>{" "}
            <button type="button" disabled={csv.busy || load.total === 0} onClick={() => void exportCsv()}>
              {csv.busy ? "Exporting…" : "Export CSV"}
            </button>
          </div>
          {csv.error && (
            <p class="error" role="alert">
              {csv.error}
            </p>
          )}
          {csv.done && <p role="status">{csv.done}</p>}
          {load.total === 0 && (
            <p class="empty">
              {Object.values(filter).some((v) => v !== undefined)
                ? "No application matches these filters: widen them or press Clear."
                : "No applications yet: hunt jobs from their pages or approve some in the Queue, and they show here."}
            </p>
          )}
          <ul class="history-list">
            {load.rows.map((row) => (
              <Row key={row.id} row={row} />
            ))}
          </ul>
          {load.next && (
            <button type="button" disabled={more.busy} onClick={() => void loadMore()}>
              {more.busy ? "Loading…" : "Load more"}
            </button>
          )}
          {more.error && (
            <p class="error" role="alert">
              {more.error}
            </p>
          )}
        </>
      )}
    </section>
  );
}
