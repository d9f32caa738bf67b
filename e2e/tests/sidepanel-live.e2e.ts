import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HuntResult, type ReviewQueue, type SessionView } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FormCase, loadCases } from "../forms/form-case.ts";
import { judgeCase } from "../forms/judge.ts";
import { type FormRig, startFormRig } from "../forms/rig.ts";
import { ADA, CLEAN_CASES, FAST_SESSION, FORMS, sessionNow, waitForSession } from "../session/session-rig.ts";
import { type JobBoard, serveJobBoard } from "../support/job-board.ts";

/**
 * The side panel drives a session as the person would: in the Queue view they see each waiting
 * job's company tier and effort, change an effort, open a posting and approve two jobs; in the
 * Live view they press Start, Pause and Resume, and watch the two applications go out to the job
 * board and show as submitted.
 */
describe("the side panel's Queue and Live views", () => {
  let rig: FormRig;
  let board: JobBoard;
  /** Jobs hunted from the board's pages, all in the review queue (thresholds: everything is reviewed). */
  const hunted: { kase: FormCase; result: HuntResult }[] = [];
  /** A page whose CAPTCHA nobody solves: its application waits for the person. */
  const captchaCase = loadCases(FORMS).find((c) => c.spec.flag.includes("captcha"));
  let captchaJob: HuntResult | undefined;
  const copies = [...CLEAN_CASES, ...(captchaCase ? [captchaCase] : [])].map((kase) => ({ kase, k: 1 }));

  const panel = () => rig.panel;
  const item = (applicationId: string) => panel().locator(`[data-application-id="${applicationId}"]`);
  const status = () => panel().getByTestId("session-status");
  const session = async (): Promise<SessionView> => {
    const now = await sessionNow(rig);
    if (!now) throw new Error("no session on the server");
    return now;
  };
  /** What the board received from the form of a hunted job (one case per job). */
  const sentFor = ({ kase }: { kase: FormCase }) => board.submissions.filter((s) => s.case === kase.name);
  const queue = async () => (await rig.api<ReviewQueue>("/api/review-queue")).items;

  beforeAll(async () => {
    rig = await startFormRig({
      profile: ADA,
      settings: {
        ...FAST_SESSION,
        // One tab, resting 3 s between applications: the session is still running when Pause is pressed.
        limits: { ...FAST_SESSION.limits, workers: 1, appDelaySeconds: { min: 3, max: 3 } },
        thresholds: { apply: 1, review: 0 },
      },
    });
    board = await serveJobBoard(rig.browser.context, copies);
    // Hunt the board's pages as "Hunt this job" would send them; pages with no posting on them are left out.
    for (const [i, url] of board.urls.entries()) {
      const kase = copies[i]?.kase;
      if (!kase || (hunted.length === 3 && kase !== captchaCase)) continue;
      const html = readFileSync(join(kase.dir, "index.html"), "utf8");
      const answer = await rig.api("/api/jobs", { json: { url, html } }).catch((error: unknown) => {
        if (error instanceof Error && /: 400 .*no job posting found/.test(error.message)) return undefined;
        throw error;
      });
      if (answer === undefined) continue;
      const result = HuntResult.parse(answer);
      expect(result.decision).toBe("review");
      if (kase === captchaCase) captchaJob = result;
      else hunted.push({ kase, result });
    }
    expect(hunted).toHaveLength(3);
    expect(captchaJob, "the CAPTCHA page was hunted").toBeDefined();
    const top = hunted[0]?.result.job.company;
    if (!top) throw new Error("the first hunted job has no company");
    await rig.api("/api/settings", { method: "PUT", json: { companyTiers: { top: [top], avoid: [] } } });
    // A settings change is not pushed: the panel shows the new tiers when it is opened again.
    await panel().goto(`${panel().url().split("#")[0]}#queue`);
    await panel().reload();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it("Queue: lists the three jobs with company tier, effort and a link to the posting", async () => {
    for (const { result } of hunted) {
      const row = item(result.application.id);
      await row.waitFor();
      expect(await row.textContent()).toContain(result.job.title);
      // The posting as the server recorded it (its canonical address, read from the page it was hunted on).
      expect(await row.getByRole("link", { name: "Open posting" }).getAttribute("href")).toBe(result.job.url);
      expect(await row.getByLabel("Effort").inputValue()).toBe(result.effort.level);
    }
    const [first, second] = hunted;
    if (!first || !second) throw new Error("three jobs expected");
    expect(await item(first.result.application.id).getByTestId("company-tier").textContent()).toBe("top-tier company");
    expect(await item(second.result.application.id).getByTestId("company-tier").textContent()).toBe("normal tier");
  });

  it("Queue: the person changes a job's effort; the server keeps it as their choice", async () => {
    const first = hunted[0];
    if (!first) throw new Error("no job");
    const id = first.result.application.id;
    const next = first.result.effort.level === "high" ? "low" : "high";
    await item(id).getByLabel("Effort").selectOption(next);
    await item(id).getByText("(chosen by you)").waitFor();
    expect((await queue()).find((i) => i.applicationId === id)?.effort).toEqual({
      level: next,
      reason: "chosen by you",
    });
    expect(await item(id).getByLabel("Effort").inputValue()).toBe(next);
  });

  it("Queue: approves two jobs; they leave the review queue, queued on the server", async () => {
    const chosen = hunted.slice(0, 2);
    for (const { result } of chosen) await item(result.application.id).getByRole("checkbox").check();
    await panel().getByRole("button", { name: "Approve" }).click();
    await panel().getByRole("status").getByText("Approved 2 jobs.").waitFor();
    await expect.poll(() => panel().getByTestId("review-item").count()).toBe(2);
    const waiting = (await queue()).map((i) => i.applicationId).sort();
    expect(waiting).toEqual([hunted[2]?.result.application.id, captchaJob?.application.id].sort());
  });

  it("Live: no session yet says what to do first; Start starts one, Pause pauses it (panel and server agree)", async () => {
    await panel().getByRole("tab", { name: "Live" }).click();
    await status()
      .getByText(/No session yet/)
      .waitFor();
    await panel().getByRole("button", { name: "Start" }).click();
    await panel().getByRole("button", { name: "Pause" }).click();
    await status().getByText("Paused").waitFor();
    expect(await status().textContent()).toContain("paused by the person");
    expect((await session()).status).toBe("paused");
    await panel().getByRole("button", { name: "Resume" }).waitFor();
    expect(await panel().getByTestId("progress-applications").textContent()).toMatch(/of \d+/);
    expect(await panel().getByTestId("progress-clock").textContent()).toMatch(/0:00:\d\d of 2:00:00/);
    expect(await panel().getByTestId("progress-today").textContent()).toMatch(/\d+ of \d+ a day/);
    expect(await panel().getByTestId("session-cost").textContent()).toMatch(/tokens in, .* out · \$\d/);
  });

  it("Live: while paused no new application starts; the clock ticks on in the panel", async () => {
    // What was handed out before the pause may finish; nothing more is sent while paused.
    await waitForSession(rig, (s) => s.counts.inProgress === 0, 60_000);
    const sent = board.submissions.length;
    expect(sent).toBeLessThanOrEqual(1);
    const before = await panel().getByTestId("progress-clock").textContent();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    expect(board.submissions.length).toBe(sent);
    const now = await session();
    expect(now.status).toBe("paused");
    expect(now.counts.attempted).toBe(sent);
    expect(await panel().getByTestId("progress-clock").textContent()).not.toBe(before);
  });

  it("Live: Resume carries on; both approved jobs are applied to once and the panel shows them submitted", async () => {
    await panel().getByRole("button", { name: "Resume" }).click();
    await status()
      .getByText(/Running|Ended/)
      .waitFor();
    expect(["running", "completed"]).toContain((await session()).status);
    const ended = await waitForSession(rig, (s) => s.status === "completed" && s.counts.inProgress === 0);
    expect(ended).toMatchObject({ endReason: "queue_empty", counts: { attempted: 2, submitted: 2, failed: 0 } });

    const [first, second, third] = hunted;
    if (!first || !second || !third) throw new Error("three jobs expected");
    expect(board.submissions).toHaveLength(2);
    for (const job of [first, second]) {
      const [sent, ...again] = sentFor(job);
      expect(sent, job.kase.name).toBeDefined();
      expect(again, job.kase.name).toEqual([]);
      if (!sent) continue;
      const verdict = judgeCase(job.kase.spec, sent.received, []);
      expect(verdict.fields.filter((f) => !f.ok).map((f) => `${job.kase.name} ${f.name}: ${f.why}`)).toEqual([]);
    }
    expect(sentFor(third)).toEqual([]);

    await status().getByText("Ended").waitFor();
    expect(await status().textContent()).toContain("the queue is empty");
    await panel()
      .getByTestId("progress-applications")
      .getByText(/2 of \d+ \(2 submitted, 0 failed/)
      .waitFor();
    for (const { result } of [first, second]) {
      await panel()
        .getByTestId("live-feed")
        .getByText(new RegExp(`${literally(result.job.title)}.*: submitted`))
        .first()
        .waitFor();
    }
    await panel().getByRole("button", { name: "Start" }).waitFor();
  });

  it("Live: a CAPTCHA nobody solves waits for the person; Go to the tab brings its tab forward", async () => {
    const id = captchaJob?.application.id;
    if (!id) throw new Error("no CAPTCHA job");
    await rig.api("/api/settings", {
      method: "PUT",
      json: { interruptions: { captchaAttempts: 1, captchaAttemptSeconds: 1, codeTimeoutSeconds: 2 } },
    });
    await rig.api("/api/review-queue/decide", { json: { ids: [id], action: "approve" } });
    await panel().getByRole("button", { name: "Start" }).click();
    const waiting = panel().getByTestId("waiting-item");
    await waiting.getByText(/A CAPTCHA to solve/).waitFor({ timeout: 90_000 });
    expect(await waiting.textContent()).toContain(captchaJob?.job.title);
    expect((await session()).waiting.map((w) => ({ applicationId: w.applicationId, kind: w.kind }))).toEqual([
      { applicationId: id, kind: "captcha" },
    ]);
    expect(board.submissions).toHaveLength(2);

    // Another tab in front of it, as when the person reads something else.
    const tabs = async () =>
      rig.browser.worker.evaluate(async () =>
        (await chrome.tabs.query({})).map((t) => ({
          id: t.id,
          url: t.url ?? "",
          active: t.active,
          windowId: t.windowId,
        })),
      );
    const captchaTab = async () => {
      const host = new URL(captchaCase?.spec.url ?? "").hostname;
      const found = (await tabs()).find((t) => t.url.includes(host));
      if (!found) throw new Error(`no tab at ${host}: ${JSON.stringify(await tabs())}`);
      return found;
    };
    const before = await captchaTab();
    await rig.browser.worker.evaluate(
      async (windowId) => void (await chrome.tabs.create({ windowId, url: "about:blank", active: true })),
      before.windowId,
    );
    expect((await captchaTab()).active).toBe(false);

    await waiting.getByRole("button", { name: "Go to the tab" }).click();
    await expect.poll(async () => (await captchaTab()).active).toBe(true);
    expect(await waiting.locator(".error").count()).toBe(0);
  });
});

function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
