import type { Stats } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { fetchStats } from "../../../src/api/tracker.ts";
import { message, usd } from "../history/format.ts";
import "../history/history.css";
import "../stats/charts.css";
import { LoadError } from "../load-error.tsx";
import { StatsCharts } from "../stats/stats-charts.tsx";

type Load = { state: "loading" } | { state: "ok"; stats: Stats } | { state: "error"; message: string };
type Range = { from?: string; to?: string };

/** Stats: charts of applications, responses and cost over a range of days (default: the last 30). */
export function StatsView() {
  const [range, setRange] = useState<Range>({});
  const [form, setForm] = useState({ from: "", to: "" });
  const [load, setLoad] = useState<Load>({ state: "loading" });

  const fetchRange = (r: Range) => {
    setLoad({ state: "loading" });
    fetchStats(r).then(
      (stats) => {
        setLoad({ state: "ok", stats });
        setForm({ from: stats.from, to: stats.to });
      },
      (e: unknown) => setLoad({ state: "error", message: message(e) }),
    );
  };
  useEffect(() => fetchRange(range), [range]);

  return (
    <section class="stats" data-testid="stats">
      <h2>Stats</h2>
      <form
        class="stats-range"
        aria-label="Days"
        onSubmit={(e) => {
          e.preventDefault();
          setRange({ from: form.from || undefined, to: form.to || undefined });
        }}
      >
        <label>
          From
          <input type="date" value={form.from} onInput={(e) => setForm({ ...form, from: e.currentTarget.value })} />
        </label>
        <label>
          To
          <input type="date" value={form.to} onInput={(e) => setForm({ ...form, to: e.currentTarget.value })} />
        </label>
        <button type="submit">Show</button>
      </form>
      {load.state === "loading" && <p>Loading the stats…</p>}
      {load.state === "error" && (
        <LoadError
          message={load.message}
          hint="Check the days (at most a year, the first before the last) and"
          retry={() => fetchRange(range)}
        />
      )}
      {load.state === "ok" && (
        <>
          <p class="notice" data-testid="stats-totals">
            {load.stats.totals.applications} applications, {load.stats.totals.submitted} sent,{" "}
            {usd(load.stats.totals.costUsd)} spent from {load.stats.from} to {load.stats.to} ({load.stats.timezone}).
          </p>
          <StatsCharts stats={load.stats} />
        </>
      )}
    </section>
  );
}
