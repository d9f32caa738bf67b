import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { ADA, cleanCopies, FAST_SESSION, sessionNow, waitForSession } from "../session/session-rig.ts";
import { type JobBoard, serveJobBoard } from "../support/job-board.ts";

/**
 * The server is killed (SIGKILL, no chance to tidy up) in the middle of a session and started
 * again: the session carries on from the records, what was out with a worker is taken back and
 * tried again (or, after a submit intent, left for the person to check), nothing is sent twice and
 * the session's limit still counts what happened before the crash.
 */
describe("a session across a crash of the server", () => {
  let rig: FormRig;
  let board: JobBoard;
  const LIMIT = 12;

  beforeAll(async () => {
    rig = await startFormRig({ profile: ADA, env: { MAX_SESSION_APPLICATIONS: String(LIMIT) } });
    await rig.api("/api/settings", {
      method: "PUT",
      json: { ...FAST_SESSION, queue: { leaseSeconds: 8, maxAttempts: 3, retryBaseSeconds: 1 } },
    });
    board = await serveJobBoard(rig.browser.context, cleanCopies(16));
    for (const url of board.urls) await rig.api("/api/applications", { json: { url } });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("resumes after SIGKILL; nothing lost, nothing sent twice, limits still counted", async () => {
    await rig.api("/api/session/start", { json: {} });
    const before = await waitForSession(rig, (s) => s.counts.submitted >= 3 && s.counts.inProgress > 0, 120_000);
    await rig.server.restart({ crash: true });
    const after = await sessionNow(rig);
    expect(after?.id).toBe(before.id);
    expect(after?.counts.attempted).toBeGreaterThanOrEqual(before.counts.attempted);
    const ended = await waitForSession(rig, (s) => s.status === "completed" && s.counts.inProgress === 0, 240_000);
    expect(ended.id).toBe(before.id);
    expect(ended.endReason).toBe("max_applications");
    expect(ended.counts.attempted).toBe(LIMIT);
    for (const url of board.urls) expect(board.sentCount(url), url).toBeLessThanOrEqual(1);
    // Every application the session took is accounted for: sent once, or waiting for the person to check.
    const checkManually = ended.waiting.filter((w) => w.kind === "check_manually").length;
    expect(ended.counts.submitted + checkManually).toBe(LIMIT);
    expect(board.submissions).toHaveLength(ended.counts.submitted + checkManually);
    expect(ended.counts.failed).toBe(0);
  });
});
