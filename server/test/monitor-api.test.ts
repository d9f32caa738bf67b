import { DRIVERS } from "@nyx/db/testing";
import { ErrorBody, type LiveEvent, MonitorRun, MonitorView, Settings } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type MonitorDeps, saveMonitorList, startMonitor } from "../src/monitor/index.ts";
import { FEEDS, type FeedServer, feedCopy, monitorTestApp, startFeedServer } from "./monitor-support.ts";
import type { TestApp } from "./support.ts";

const until = async (check: () => boolean | Promise<boolean>, timeoutMs = 20_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 100));
  }
};

describe.each(DRIVERS)("the monitor API and schedule on %s", (driver) => {
  let s: TestApp;
  let feeds: FeedServer;
  let deps: MonitorDeps;
  const view = async () => MonitorView.parse(await (await s.call("/api/monitor")).json());
  const put = (json: unknown) => s.call("/api/monitor", { method: "PUT", json });

  beforeAll(async () => {
    ({ s, deps } = await monitorTestApp(driver));
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds.close();
    await s.dispose();
  });

  it("shows the empty list and no run before anything is set", async () => {
    expect(await view()).toEqual({ monitor: { schedule: "0 */3 * * *", enabled: true, sources: [] }, lastRun: null });
  });

  it("refuses a bad list, naming each bad entry, and changes nothing", async () => {
    const response = await put([
      { kind: "greenhouse", board: "quillstone" },
      { kind: "lever", board: "brine wood" },
      { kind: "workday", board: "acme" },
      { kind: "careers", url: "ftp://acme.example/jobs" },
    ]);
    expect(response.status).toBe(400);
    const body = ErrorBody.parse(await response.json());
    expect(body.code).toBe("validation_failed");
    expect(body.issues?.map((i) => i.path)).toEqual(["sources.1.board", "sources.2.kind", "sources.3.url"]);
    expect(body.message).toMatch(/^the monitor list was not changed: entry 2: board: a board name is/);
    expect(body.message).toMatch(/entry 3: kind: /);
    expect(body.message).toMatch(/entry 4: url: expected an http\(s\) URL/);

    const repeated = ErrorBody.parse(
      await (
        await put({
          schedule: "every tuesday",
          sources: [
            { kind: "ashby", board: "tessellate" },
            { kind: "ashby", board: "Tessellate" },
          ],
        })
      ).json(),
    );
    expect(repeated.issues?.map((i) => [i.path, i.message])).toEqual([
      ["schedule", expect.stringMatching(/^schedule: not a schedule croner can read/)],
      ["sources.1", "entry 2: repeats entry 1 (ashby Tessellate)"],
    ]);
    expect((await view()).monitor.sources).toEqual([]);
  });

  it("replaces the list, keeping the schedule unless one is given", async () => {
    const response = await put(feeds.boards());
    expect(response.status).toBe(200);
    expect((await view()).monitor).toEqual({ schedule: "0 */3 * * *", enabled: true, sources: feeds.boards() });
    await put({ schedule: "15 6 * * 1-5", enabled: false, sources: feeds.boards() });
    const settings = Settings.parse(await (await s.call("/api/settings")).json());
    expect(settings.monitor).toMatchObject({ schedule: "15 6 * * 1-5", enabled: false });
    expect(settings.monitor.sources).toHaveLength(3);
  });

  it("polls now on request, tells the extension of each new hunt, and keeps the run's results", async () => {
    const events: LiveEvent[] = [];
    const unsubscribe = s.live.subscribe((event) => events.push(event));
    const response = await s.call("/api/monitor/run", { method: "POST", json: {} });
    unsubscribe();
    expect(response.status).toBe(200);
    const run = MonitorRun.parse(await response.json());
    expect(run.totals).toEqual({ fetched: 18, new: 18, known: 0, errors: 0 });
    expect(events.filter((e) => e.type === "hunt")).toHaveLength(18);
    expect((await view()).lastRun).toEqual(run);

    const again = MonitorRun.parse(await (await s.call("/api/monitor/run", { method: "POST", json: {} })).json());
    expect(again.totals).toMatchObject({ new: 0, known: 18 });
    expect((await view()).lastRun?.totals.known).toBe(18);
  });

  it("polls on its schedule once switched on, never two runs at once, until stopped", async () => {
    const db = s.t.database.db;
    const slow = `${FEEDS.ashby.path}&slow`;
    feeds.json(slow, feedCopy("ashby"), { delayMs: 1200 });
    await saveMonitorList(db, {
      schedule: "* * * * * *",
      enabled: false,
      sources: [{ kind: "ashby", board: "tessellate", feedUrl: `${feeds.base}${slow}` }],
    });
    const monitor = startMonitor(deps, { settingsCheckMs: 200 });
    try {
      await new Promise((r) => setTimeout(r, 1500));
      expect(feeds.hits.get(slow)).toBeUndefined();
      expect(monitor.nextRun()).toBeNull();

      await saveMonitorList(db, {
        enabled: true,
        sources: [{ kind: "ashby", board: "tessellate", feedUrl: `${feeds.base}${slow}` }],
      });
      await until(() => (feeds.hits.get(slow) ?? 0) >= 3);
      expect(monitor.nextRun()).toBeInstanceOf(Date);
      expect(feeds.peak.get(slow)).toBe(1);
      await until(async () => (await view()).lastRun?.sources[0]?.source === "ashby tessellate");
    } finally {
      await monitor.stop();
    }
    const stoppedAt = feeds.hits.get(slow);
    await new Promise((r) => setTimeout(r, 1500));
    expect(feeds.hits.get(slow)).toBe(stoppedAt);
    expect(monitor.nextRun()).toBeNull();
  });
});
