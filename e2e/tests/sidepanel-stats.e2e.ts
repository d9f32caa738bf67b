import { REVIEW_POSTINGS, type ReviewPosting } from "@nyx/server/testing/review-postings";
import { HuntResult, Stats } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyUrl } from "../support/job-board.ts";
import { applyToCase, cleanCase, openPanelAt, startTrackerRig, type TrackerRig } from "../support/tracker-rig.ts";

const [HUNTED] = REVIEW_POSTINGS as [ReviewPosting];
const CHARTS = [
  "Applications per day",
  "By status",
  "By effort",
  "Match scores",
  "Response, interview and offer rates",
  "Rates by company",
  "Cost per day",
];

interface Mark {
  label: string;
  series: string;
  value: number;
}

const sum = (marks: Mark[], series?: string) =>
  marks.filter((m) => series === undefined || m.series === series).reduce((n, m) => n + m.value, 0);

/**
 * Stats in the side panel, from what applying really recorded: two applications sent through
 * fixture forms (answers written by a stand-in model, so they cost something), one hunted job
 * waiting for review, one queued by address; an interview and a rejection came back. Every chart
 * draws its marks with the server's numbers, and each says what to do when there is nothing.
 */
describe("the side panel's Stats", () => {
  let rig: TrackerRig;
  let stats: Stats;
  const chart = (title: string) => rig.panel.locator(`figure[data-chart="${title}"]`);
  const marks = (title: string): Promise<Mark[]> =>
    chart(title)
      .locator("rect.mark")
      .evaluateAll((rects) =>
        rects.map((r) => ({
          label: r.getAttribute("data-label") ?? "",
          series: r.getAttribute("data-series") ?? "",
          value: Number(r.getAttribute("data-value")),
        })),
      );

  beforeAll(async () => {
    rig = await startTrackerRig();
    const sent = [
      await applyToCase(rig, cleanCase("greenhouse-react")),
      await applyToCase(rig, cleanCase("generic-german")),
    ];
    const hunted = HuntResult.parse(await rig.api("/api/jobs", { json: { url: HUNTED.url, html: HUNTED.html } }));
    expect(hunted.decision).toBe("review");
    await rig.api("/api/applications", { json: { url: copyUrl(cleanCase("ashby").spec.url, 1), effort: "high" } });
    await rig.api(`/api/applications/${sent[0]}/response`, {
      json: {
        outcome: "interview",
        interview: { type: "technical", scheduledAt: new Date(Date.now() + 86_400_000).toISOString() },
      },
    });
    await rig.api(`/api/applications/${sent[1]}/response`, { json: { outcome: "rejected" } });
    stats = Stats.parse(await rig.api("/api/stats"));
  }, 400_000);
  afterAll(async () => {
    await rig?.close();
  });

  it("draws every chart with the server's numbers", async () => {
    await openPanelAt(rig, "stats");
    await rig.panel.getByTestId("stats-totals").waitFor();
    expect(await rig.panel.getByTestId("chart").count()).toBe(CHARTS.length);
    for (const title of CHARTS) {
      expect(await chart(title).getByTestId("chart-empty").count(), title).toBe(0);
      expect((await marks(title)).length, title).toBeGreaterThan(0);
    }

    expect(stats.totals).toMatchObject({ applications: 4, submitted: 2 });
    const perDay = await marks("Applications per day");
    expect(sum(perDay, "created")).toBe(4);
    expect(sum(perDay, "submitted")).toBe(2);

    const byStatus = await marks("By status");
    expect(byStatus.map((m) => [m.label, m.value]).sort()).toEqual(
      stats.byStatus.map((s) => [s.status.replaceAll("_", " "), s.count]).sort(),
    );
    expect(byStatus.find((m) => m.label === "submitted")?.value).toBe(2);

    const byEffort = await marks("By effort");
    for (const e of stats.byEffort) {
      expect(byEffort.find((m) => m.label === e.effort && m.series === "created")?.value ?? 0, e.effort).toBe(
        e.applications,
      );
      expect(byEffort.find((m) => m.label === e.effort && m.series === "submitted")?.value ?? 0, e.effort).toBe(
        e.submitted,
      );
    }
    expect(byEffort.find((m) => m.label === "high" && m.series === "created")?.value).toBeGreaterThanOrEqual(1);

    const scores = await marks("Match scores");
    expect(sum(scores)).toBe(3);
    expect(stats.totals.unscored).toBe(1);
    for (const b of stats.scoreHistogram.filter((x) => x.count > 0))
      expect(scores.find((m) => m.label === String(Math.round(b.from * 100)))?.value).toBe(b.count);

    // Both sent applications heard back (an interview, a rejection); no offer, so no offer mark.
    const rates = await marks("Response, interview and offer rates");
    expect(rates.filter((m) => m.label === "all")).toEqual([
      { label: "all", series: "response", value: 1 },
      { label: "all", series: "interview", value: 0.5 },
    ]);
    expect(stats.rates.overall).toMatchObject({ submitted: 2, responses: 2, interviews: 1, offers: 0 });
    for (const level of ["low", "medium", "high"] as const) {
      const r = stats.rates.byEffort[level];
      const shown = rates.filter((m) => m.label === `${level} effort`);
      expect(shown.find((m) => m.series === "response")?.value, level).toBe(r.responseRate || undefined);
    }
    const byCompany = await marks("Rates by company");
    const companies = stats.rates.byCompany.filter((c) => c.submitted > 0);
    expect(companies).toHaveLength(2);
    for (const c of companies)
      expect(byCompany.find((m) => m.label === c.company && m.series === "response")?.value, c.company ?? "").toBe(1);
    expect(sum(byCompany, "interview")).toBe(1);

    const cost = await marks("Cost per day");
    expect(stats.totals.costUsd).toBeGreaterThan(0);
    expect(sum(cost)).toBeCloseTo(stats.totals.costUsd, 9);
    expect(await rig.panel.getByTestId("stats-totals").textContent()).toContain("4 applications, 2 sent");
  });

  it("shows every chart's empty state for days without applications", async () => {
    const form = rig.panel.getByRole("form", { name: "Days" });
    await form.getByLabel("From").fill("2020-01-01");
    await form.getByLabel("To").fill("2020-01-31");
    await form.getByRole("button", { name: "Show" }).click();
    await rig.panel.getByTestId("stats-totals").getByText("from 2020-01-01 to 2020-01-31").waitFor();
    for (const title of CHARTS) {
      expect(await chart(title).locator("rect.mark").count(), title).toBe(0);
      expect(await chart(title).getByTestId("chart-empty").textContent(), title).toMatch(/: .+/);
    }
  });
});
