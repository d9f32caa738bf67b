import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { judgeCase } from "../forms/judge.ts";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { ADA, cleanCopies, FAST_SESSION, waitForSession, watchWorkerTabs } from "../session/session-rig.ts";
import { type JobBoard, serveJobBoard } from "../support/job-board.ts";

/**
 * A session in real Chromium with the built extension: twenty applications made from the fixture
 * forms, dispatched by the server over the WebSocket to at most five worker tabs; each employer
 * receives its application exactly once, filled as the case expects.
 */
describe("a session through five tabs", () => {
  let rig: FormRig;
  let board: JobBoard;
  const copies = cleanCopies(20);

  beforeAll(async () => {
    rig = await startFormRig({ profile: ADA, env: { MAX_CONCURRENT_WORKERS: "5" } });
    await rig.api("/api/settings", { method: "PUT", json: FAST_SESSION });
    board = await serveJobBoard(rig.browser.context, copies);
    for (const url of board.urls) await rig.api("/api/applications", { json: { url } });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("applies to 20 with never more than 5 worker tabs open, each sent exactly once", async () => {
    const tabs = watchWorkerTabs(rig);
    await rig.api("/api/session/start", { json: {} });
    const ended = await waitForSession(rig, (s) => s.status === "completed" && s.counts.inProgress === 0);
    tabs.stop();
    expect(ended).toMatchObject({ endReason: "queue_empty", counts: { attempted: 20, submitted: 20, failed: 0 } });
    expect(tabs.max()).toBeGreaterThan(1);
    expect(tabs.max()).toBeLessThanOrEqual(5);
    for (const [i, url] of board.urls.entries()) {
      expect(board.sentCount(url), url).toBe(1);
      const sent = board.submissions.find((s) => s.url === url);
      const kase = copies[i]?.kase;
      if (!kase || !sent) throw new Error(`nothing sent for ${url}`);
      const verdict = judgeCase(kase.spec, sent.received, []);
      expect(
        verdict.fields.filter((f) => !f.ok).map((f) => `${kase.name} ${f.name}: ${f.why}`),
        url,
      ).toEqual([]);
    }
  });
});
