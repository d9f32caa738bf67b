import type { Rates, Stats } from "@nyx/shared";
import { percent, usd, words } from "../history/format.ts";
import { BarListChart } from "./bar-list-chart.tsx";
import { ColumnChart } from "./column-chart.tsx";

const count = (n: number) => String(Math.round(n));
/** `2026-03-31` → `31 Mar`. */
const day = (date: string) =>
  new Date(`${date}T12:00:00Z`).toLocaleDateString(undefined, { day: "numeric", month: "short", timeZone: "UTC" });

const NOTHING_YET = "No application in these days: hunt jobs or approve some in the Queue, then come back.";
const NOTHING_SENT = "Nothing was sent in these days: rates start once Nyx submits an application.";

function rateSeries(rows: Rates[]) {
  return [
    { name: "response", tone: "s1" as const, values: rows.map((r) => r.responseRate) },
    { name: "interview", tone: "s2" as const, values: rows.map((r) => r.interviewRate) },
    { name: "offer", tone: "s3" as const, values: rows.map((r) => r.offerRate) },
  ];
}

/** Every chart of the Stats view (PRODUCT.md §8), each with an empty state that says what to do. */
export function StatsCharts({ stats }: { stats: Stats }) {
  const { rates } = stats;
  const efforts = ["low", "medium", "high"] as const;
  const companies = rates.byCompany.filter((c) => c.submitted > 0);
  return (
    <div class="charts">
      <ColumnChart
        title="Applications per day"
        labels={stats.perDay.map((d) => day(d.date))}
        series={[
          { name: "created", tone: "s1", values: stats.perDay.map((d) => d.applications) },
          { name: "submitted", tone: "s2", values: stats.perDay.map((d) => d.submitted) },
        ]}
        format={count}
        empty={NOTHING_YET}
      />
      <BarListChart
        title="By status"
        labels={stats.byStatus.map((s) => words(s.status))}
        series={[{ name: "applications", tone: "s1", values: stats.byStatus.map((s) => s.count) }]}
        format={count}
        empty={NOTHING_YET}
      />
      <BarListChart
        title="By effort"
        labels={stats.byEffort.map((e) => e.effort)}
        series={[
          { name: "created", tone: "s1", values: stats.byEffort.map((e) => e.applications) },
          { name: "submitted", tone: "s2", values: stats.byEffort.map((e) => e.submitted) },
        ]}
        format={count}
        empty={NOTHING_YET}
      />
      <ColumnChart
        title="Match scores"
        labels={stats.scoreHistogram.map((b) => `${Math.round(b.from * 100)}`)}
        series={[{ name: "applications", tone: "s1", values: stats.scoreHistogram.map((b) => b.count) }]}
        format={count}
        empty="No scored job in these days: jobs are scored when hunted from their pages."
      />
      {stats.totals.unscored > 0 && (
        <p class="notice">
          {stats.totals.unscored} application{stats.totals.unscored === 1 ? " has" : "s have"} no match score (applied
          to by address) and {stats.totals.unscored === 1 ? "is" : "are"} not in the chart.
        </p>
      )}
      <BarListChart
        title="Response, interview and offer rates"
        labels={["all", ...efforts.map((e) => `${e} effort`)]}
        series={rateSeries([rates.overall, ...efforts.map((e) => rates.byEffort[e])])}
        format={percent}
        max={1}
        empty={NOTHING_SENT}
      />
      <BarListChart
        title="Rates by company"
        labels={companies.map((c) => c.company ?? "unknown company")}
        series={rateSeries(companies)}
        format={percent}
        max={1}
        empty={NOTHING_SENT}
      />
      <p class="notice" data-testid="rates-overall">
        {rates.overall.submitted} sent: {rates.overall.responses} responses ({percent(rates.overall.responseRate)}),{" "}
        {rates.overall.interviews} interviews ({percent(rates.overall.interviewRate)}), {rates.overall.offers} offers (
        {percent(rates.overall.offerRate)}).
      </p>
      <ColumnChart
        title="Cost per day"
        labels={stats.costPerDay.map((d) => day(d.date))}
        series={[{ name: "model cost", tone: "s3", values: stats.costPerDay.map((d) => d.costUsd) }]}
        format={usd}
        empty="No model cost in these days: Nyx spends only when it writes answers or letters with a model."
      />
    </div>
  );
}
