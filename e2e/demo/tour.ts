import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type ApplicationRecord, type ReviewQueue, SessionResponse, type SessionView } from "@nyx/shared";
import type { Locator, Page } from "playwright-core";
import type { DemoPosting } from "./board.ts";
import type { Demo } from "./setup.ts";

/** The side panel's views (PRODUCT.md §8), each opened by its hash. */
export const PANEL_VIEWS = ["queue", "live", "history", "stats", "settings"] as const;
/** The panel page's size in the screenshots: about a docked side panel's. */
export const PANEL_SIZE = { width: 420, height: 900 };

export interface TourOptions {
  /** Folder for a PNG of every side-panel view (created if missing). */
  screenshots?: string;
  /** How many saved postings (strong matches) and partial matches to hunt. */
  strong?: number;
  partial?: number;
  say?: (line: string) => void;
}

const same = (a: string, b: string) => {
  const x = new URL(a);
  const y = new URL(b);
  return x.origin === y.origin && x.pathname.replace(/\/$/, "") === y.pathname.replace(/\/$/, "");
};

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) {
      throw new Error(`${what}: not within ${timeoutMs / 1000} s${last instanceof Error ? ` (${last.message})` : ""}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * The scripted tour: hunts postings on the demo board with the page's "Hunt this job" button,
 * approves the partial matches in the side panel's review queue, runs a session that applies to
 * every approved job through the board's forms, and opens every side-panel view. Each step checks
 * what the panel shows and what the server recorded; the first that does not hold throws.
 */
export async function runTour(demo: Demo, options: TourOptions = {}): Promise<void> {
  const say = options.say ?? (() => {});
  const step = async (name: string, run: () => Promise<string | undefined>) => {
    say(`… ${name}`);
    try {
      const detail = await run();
      say(`✓ ${name}${detail ? `: ${detail}` : ""}`);
    } catch (error) {
      throw new Error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const applications = async () =>
    (await demo.api<{ applications: ApplicationRecord[] }>("/api/applications?limit=1000")).applications;
  const recordOf = async (posting: DemoPosting) => (await applications()).find((a) => same(a.jobUrl, posting.url));
  const strong = demo.board.postings.filter((p) => !p.review).slice(0, options.strong ?? 3);
  const partial = demo.board.postings.filter((p) => p.review).slice(0, options.partial ?? 2);
  if (strong.length === 0 || partial.length === 0) throw new Error("the demo board has no postings to hunt");

  const shot = options.screenshots;
  if (shot) mkdirSync(shot, { recursive: true });
  /** Views already saved while they showed the tour's work (the queue with jobs waiting, a running session). */
  const saved = new Set<string>();
  const save = async (view: string) => {
    if (!shot) return;
    await panel.screenshot({ path: join(shot, `${view}.png`) });
    saved.add(view);
  };
  const panel = await demo.browser.context.newPage();
  await panel.setViewportSize(PANEL_SIZE);
  await panel.goto(demo.panelUrl("queue"));

  await step(`hunt ${strong.length + partial.length} postings with the "Hunt this job" button`, async () => {
    for (const posting of [...strong, ...partial]) {
      const page = await demo.browser.context.newPage();
      await page.goto(posting.url);
      await page.getByRole("button", { name: "Hunt this job" }).click();
      const status = page.locator("nyx-hunt-badge").getByRole("status");
      const label = await until(
        `the badge's answer on ${posting.url}`,
        async () => {
          const text = ((await status.textContent()) ?? "").trim();
          return text === "" || text === "Hunting…" ? undefined : text;
        },
        90_000,
      );
      const record = await until(`a record of ${posting.url}`, () => recordOf(posting), 10_000);
      const expected = posting.review ? "paused" : "queued";
      if (record.status !== expected) {
        throw new Error(`${posting.url} was recorded as ${record.status} ("${label}"), expected ${expected}`);
      }
      await page.close();
    }
    return `${strong.length} to apply, ${partial.length} for review`;
  });

  await step("approve the partial matches in the review queue", async () => {
    const queue = await demo.api<ReviewQueue>("/api/review-queue");
    const waiting = partial.map((p) => queue.items.find((i) => same(i.job.url, p.url)));
    if (waiting.some((w) => w === undefined)) throw new Error("a partial match is not in the review queue");
    await panel.goto(demo.panelUrl("queue"));
    const view = panel.locator('[role="tabpanel"][data-view="queue"]');
    const items = panel.getByTestId("review-item");
    const titles = (await Promise.all(partial.map(recordOf))).map((r) => r?.jobTitle ?? "");
    const selectAll = view.getByRole("checkbox", { name: /select all/i });
    await until(
      "the partial matches listed in the panel",
      async () => ((await items.count()) >= partial.length || (await selectAll.count()) > 0 ? true : undefined),
      30_000,
    );
    await settle(panel, view);
    await save("queue");
    if ((await items.count()) > 0) {
      for (const title of titles) await items.filter({ hasText: title }).first().getByRole("checkbox").first().check();
    } else {
      // A queue laid out otherwise: everything in it is ours, so select all.
      await selectAll.first().check();
    }
    await panel
      .getByRole("button", { name: /^Approve/ })
      .first()
      .click();
    await until(
      "the approved jobs queued on the server",
      async () => {
        const records = await Promise.all(partial.map(recordOf));
        return records.every((r) => r?.status === "queued") ? true : undefined;
      },
      30_000,
    );
    await until(
      "the review queue emptied in the panel",
      async () => ((await items.count()) === 0 ? true : undefined),
      30_000,
    );
    return `${partial.length} approved`;
  });

  const applying = [...strong, ...partial];
  await step(`run a session that applies to the ${applying.length} queued jobs`, async () => {
    await demo.api("/api/session/start", { json: {} });
    await panel.goto(demo.panelUrl("live"));
    await panel.locator('[role="tabpanel"][data-view="live"]').waitFor({ timeout: 15_000 });
    const ended = await until(
      "the session to work through the queue",
      async () => {
        const { session } = SessionResponse.parse(await demo.api("/api/session"));
        if (session?.status === "running" && session.counts.inProgress > 0 && !saved.has("live")) {
          await panel.waitForTimeout(1500);
          await save("live");
        }
        return session && session.status !== "running" && session.counts.inProgress === 0 ? session : undefined;
      },
      360_000,
    );
    return checkSession(ended, applying.length, demo, applying, await applications());
  });

  await step("open every side-panel view", async () => {
    for (const view of PANEL_VIEWS) {
      await openView(panel, demo.panelUrl(view), view);
      if (!saved.has(view)) await save(view);
    }
    return shot ? `screenshots in ${shot}` : PANEL_VIEWS.join(", ");
  });
}

/** The session applied to each job once: sent to the board exactly once and recorded as submitted. */
function checkSession(
  ended: SessionView,
  expected: number,
  demo: Demo,
  applying: readonly DemoPosting[],
  records: readonly ApplicationRecord[],
): string {
  if (ended.status !== "completed") throw new Error(`the session ${ended.status}: ${ended.reason ?? ""}`);
  if (ended.counts.submitted !== expected) {
    throw new Error(`the session submitted ${ended.counts.submitted} of ${expected}: ${JSON.stringify(ended.counts)}`);
  }
  for (const posting of applying) {
    const record = records.find((r) => same(r.jobUrl, posting.url));
    if (record?.status !== "submitted") {
      throw new Error(`${posting.url} is ${record?.status ?? "not recorded"} (${record?.errorMessage ?? ""})`);
    }
    const sent = demo.board.submissions.filter((s) => s.posting === posting.url).length;
    if (sent !== 1) throw new Error(`the board received ${sent} applications for ${posting.url}, expected 1`);
  }
  return `${ended.counts.submitted} submitted, each received once by the board`;
}

/**
 * Opens a view by its hash and checks what every version of the view keeps: its tab is the selected
 * one, its panel renders something, and nothing on the page is an error.
 */
async function openView(panel: Page, url: string, view: string): Promise<void> {
  await panel.goto(url);
  const body = panel.locator(`[role="tabpanel"][data-view="${view}"]`);
  await body.waitFor({ timeout: 15_000 });
  const selected = await panel.locator('[role="tab"][aria-selected="true"]').count();
  if (selected !== 1) throw new Error(`#${view}: ${selected} tabs are selected`);
  await settle(panel, body);
  const headings = await body.locator("h1, h2, h3, section, [role=region], table, ul, ol, form, p").count();
  if (headings === 0) throw new Error(`#${view} shows nothing`);
  const errors = await panel.locator(".error").allTextContents();
  if (errors.length > 0) throw new Error(`#${view} shows an error: ${errors.join(" / ")}`);
}

/** Settled: the page's requests are done and what `body` shows stays the same for a moment. */
async function settle(panel: Page, body: Locator): Promise<void> {
  await panel.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
  let before = "";
  await until(
    "the view to finish loading",
    async () => {
      const text = ((await body.textContent()) ?? "").trim();
      const settled = text !== "" && text === before && !/(^|\s)Loading/.test(text);
      before = text;
      return settled ? true : undefined;
    },
    20_000,
  );
}
