import { DRIVERS } from "@nyx/db/testing";
import { type LiveEvent, SessionResponse, type SessionView } from "@nyx/shared";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ADA_YAML, adaFiles } from "./profile-fixture.ts";
import { createTestApp, type TestApp } from "./support.ts";

const NO_PAUSES = {
  limits: {
    appDelaySeconds: { min: 0, max: 0 },
    randomPause: { probability: 0, minSeconds: 0, maxSeconds: 0 },
  },
  queue: { leaseSeconds: 2, maxAttempts: 3, retryBaseSeconds: 0 },
};

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(DRIVERS)("sessions (%s)", (driver) => {
  let s: TestApp;
  let serial = 0;
  const post = (path: string, json: unknown = {}) => s.call(path, { method: "POST", json });
  const session = async (): Promise<SessionView | null> =>
    SessionResponse.parse(await (await s.call("/api/session")).json()).session;
  const act = async (action: string) => {
    const response = await post(`/api/session/${action}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return SessionResponse.parse(await response.json()).session;
  };
  const queueJobs = async (n: number) => {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      serial += 1;
      const response = await post("/api/applications", { url: `https://jobs.s${serial}-example.com/jobs/${serial}` });
      ids.push(((await response.json()) as { applicationId: string }).applicationId);
    }
    return ids;
  };
  /** A stand-in for the extension: takes every `apply`, records the intent and the submit; counts what it got. */
  const extension = (options: { answer: boolean } = { answer: true }) => {
    const got: { applicationId: string; attempt: number }[] = [];
    let busy = 0;
    let maxBusy = 0;
    const stop = s.live.subscribe((event: LiveEvent) => {
      if (event.type !== "apply") return;
      got.push({ applicationId: event.applicationId, attempt: event.attempt });
      if (!options.answer) return;
      busy += 1;
      maxBusy = Math.max(maxBusy, busy);
      void (async () => {
        await new Promise((resolve) => setTimeout(resolve, 30));
        const url = `/api/applications/${event.applicationId}/outcome`;
        await post(url, { outcome: "submit_intent", pageUrl: event.url, attempt: event.attempt });
        await post(url, { outcome: "submitted", confirmation: "page_text", text: "Thank you" });
        busy -= 1;
      })();
    });
    s.extension.connected = true;
    return { got, stop, maxBusy: () => maxBusy };
  };

  beforeAll(async () => {
    s = await createTestApp({ driver, env: { MAX_CONCURRENT_WORKERS: "3" } });
    expect((await post("/api/profiles", { yaml: ADA_YAML, files: adaFiles() })).status).toBe(201);
    expect((await s.call("/api/settings", { method: "PUT", json: NO_PAUSES })).status).toBe(200);
  });
  afterAll(async () => s?.dispose());

  it("works through the queue a few at a time and ends at its number of applications", async () => {
    const ids = await queueJobs(7);
    expect(
      (
        await s.call("/api/settings", {
          method: "PUT",
          json: { ...NO_PAUSES, limits: { ...NO_PAUSES.limits, maxSessionApplications: 5 } },
        })
      ).status,
    ).toBe(200);
    const ext = extension();
    const started = await act("start");
    expect(started).toMatchObject({ status: "running", limits: { maxApplications: 5, workers: 3 } });
    const ended = await until("the session to end", async () => {
      const view = await session();
      return view?.status === "completed" && view.counts.inProgress === 0 && view;
    });
    expect(ended).toMatchObject({ endReason: "max_applications", counts: { attempted: 5, submitted: 5 } });
    expect(ext.got).toHaveLength(5);
    expect(new Set(ext.got.map((g) => g.applicationId)).size).toBe(5);
    expect(ext.maxBusy()).toBeLessThanOrEqual(3);
    expect(ext.got.map((g) => g.applicationId)).toEqual(ids.slice(0, 5));
    const row = await s.t.database.db.execute<{ attempted: number; ok: number }>(
      sql`select total_applications_attempted as attempted, total_applications_successful as ok
            from application_sessions where id = ${ended.id}`,
    );
    expect(row.rows[0]).toEqual({ attempted: 5, ok: 5 });
    ext.stop();
  });

  it("pauses, resumes and stops on the person's word; an empty queue ends it", async () => {
    await s.call("/api/settings", { method: "PUT", json: NO_PAUSES });
    const ext = extension();
    const before = ext.got.length;
    const paused = await act("start").then(() => act("pause"));
    expect(paused?.status).toBe("paused");
    const ids = await queueJobs(2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(ext.got.slice(before).filter((g) => ids.includes(g.applicationId))).toEqual([]);
    expect((await act("resume"))?.status).toBe("running");
    const ended = await until("the queue to run dry", async () => {
      const view = await session();
      return view?.status === "completed" && view;
    });
    expect(ended.endReason).toBe("queue_empty");
    expect(ext.got.filter((g) => ids.includes(g.applicationId))).toHaveLength(2);
    await queueJobs(1);
    s.extension.connected = false;
    await act("start");
    expect(await act("stop")).toMatchObject({ status: "completed", endReason: "stopped" });
    expect((await post("/api/session/pause")).status).toBe(409);
    expect((await post("/api/session/explode")).status).toBe(400);
    ext.stop();
  });

  it("takes back what a silent extension held, tries it again, and sends it once", async () => {
    await s.t.database.db.execute(
      sql`update applications set application_status = 'cancelled' where application_status = 'queued'`,
    );
    const deaf = extension({ answer: false });
    const [id] = await queueJobs(1);
    await act("start");
    await until("the hand-over", async () => deaf.got.some((g) => g.applicationId === id));
    deaf.stop();
    const ext = extension();
    const ended = await until(
      "the retry to be submitted",
      async () => {
        const view = await session();
        return view?.status === "completed" && view;
      },
      30_000,
    );
    expect(ended.counts).toMatchObject({ attempted: 1, submitted: 1 });
    const attempts = [...deaf.got, ...ext.got].filter((g) => g.applicationId === id).map((g) => g.attempt);
    expect(attempts).toEqual([1, 2]);
    const intents = await s.t.database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from application_events where application_id = ${id} and event_type = 'submit_intent'`,
    );
    expect(intents.rows[0]?.n).toBe(1);
    ext.stop();
  });
});
