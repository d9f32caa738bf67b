import type { ApplyTarget } from "@nyx/shared";
import { describe, expect, it } from "vitest";
import { createWorkerPool, type PoolTabs } from "../src/apply/pool.ts";
import type { RunContext, TabFate } from "../src/apply/runner.ts";
import { StopRun } from "../src/apply/stop-run.ts";

const target = (n: number, attempt = 1): ApplyTarget => ({
  applicationId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  url: `https://jobs.example.com/${n}`,
  attempt,
});

/** Runs the test finishes by hand; each gets tab 100 + n when it starts. */
function harness(limit: number) {
  const started: { target: ApplyTarget; ctx: RunContext; finish(fate: TabFate): void }[] = [];
  const calls: string[] = [];
  let idle = 0;
  const tabs: PoolTabs = {
    ungroup: async (tabId) => void calls.push(`ungroup ${tabId}`),
    release: async (tabId, keep) => {
      calls.push(`release ${tabId} ${keep ? "keep" : "close"}`);
      if (keep) idle += 1;
    },
    idle: () => idle,
    trimIdle: async (max) => void calls.push(`trim ${max}`),
    forget: (tabId) => void calls.push(`forget ${tabId}`),
  };
  const pool = createWorkerPool(
    (t, ctx) =>
      new Promise((resolve) => {
        ctx.tabOpened(100 + Number(t.applicationId.slice(-2)));
        started.push({ target: t, ctx, finish: (fate) => resolve({ fate }) });
      }),
    { limit, tabs },
  );
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { pool, started, calls, settle, takeIdle: () => (idle = Math.max(0, idle - 1)) };
}

describe("the worker pool", () => {
  it("works on at most `limit` applications, the rest first come first served", async () => {
    const { pool, started, settle } = harness(2);
    for (let n = 1; n <= 5; n++) pool.submit(target(n));
    expect(started.map((s) => s.target)).toEqual([target(1), target(2)]);
    expect(pool.working()).toEqual([1, 2].map((n) => ({ applicationId: target(n).applicationId, attempt: 1 })));
    started[1]?.finish("release");
    await settle();
    expect(started.map((s) => s.target)).toEqual([target(1), target(2), target(3)]);
    started[0]?.finish("keep");
    started[2]?.finish("gone");
    await settle();
    expect(started.map((s) => s.target)).toEqual([1, 2, 3, 4, 5].map((n) => target(n)));
  });

  it("takes a new limit from the server's event and never starts more than it", async () => {
    const { pool, started, calls } = harness(5);
    pool.submit(target(1), 1);
    pool.submit(target(2), 1);
    expect(started).toHaveLength(1);
    expect(pool.limit).toBe(1);
    expect(calls).toContain("trim 1");
    expect(() => pool.submit(target(3), 6)).toThrow(TypeError);
    expect(() => createWorkerPool(async () => ({ fate: "release" }), { limit: 0 })).toThrow(/workers/);
  });

  it("ignores an attempt it already works on, and stops an older attempt before a newer one starts", async () => {
    const { pool, started, settle } = harness(2);
    pool.submit(target(1, 1));
    pool.submit(target(1, 1));
    pool.submit(target(2, 1));
    pool.submit(target(3, 1));
    pool.submit(target(3, 1));
    expect(started).toHaveLength(2);
    pool.submit(target(1, 2));
    const old = started[0];
    expect(old?.ctx.signal.aborted).toBe(true);
    expect(old?.ctx.signal.reason).toEqual(new StopRun("superseded"));
    pool.submit(target(1, 1));
    old?.finish("release");
    await settle();
    // The waiting queue keeps its order: 3 came before the new attempt of 1.
    expect(started.slice(2).map((s) => s.target)).toEqual([target(3, 1)]);
    started[1]?.finish("release");
    await settle();
    expect(started.slice(3).map((s) => s.target)).toEqual([target(1, 2)]);
  });

  it("a closed tab stops its application; a tab handed to the person frees its slot and stays open", async () => {
    const { pool, started, calls, settle } = harness(1);
    pool.submit(target(1));
    pool.submit(target(2));
    expect(pool.isWorkerTab(target(1).applicationId, 101)).toBe(true);
    expect(pool.isWorkerTab(target(2).applicationId, 101)).toBe(false);
    expect(pool.isWorkerTab(undefined, 101)).toBe(true);
    pool.tabRemoved(101);
    expect(started[0]?.ctx.signal.reason).toEqual(new StopRun("tab_closed"));
    expect(calls).toContain("forget 101");
    started[0]?.finish("gone");
    await settle();
    expect(started[1]?.target).toEqual(target(2));
    pool.submit(target(3));
    await started[1]?.ctx.handOver(102);
    expect(calls).toContain("ungroup 102");
    expect(started[2]?.target).toEqual(target(3));
    // Still working (waiting for a code): its lease is kept and its tab may still ask for its plan.
    expect(pool.working().map((w) => w.applicationId)).toContain(target(2).applicationId);
    expect(pool.isWorkerTab(target(2).applicationId, 102)).toBe(true);
    started[1]?.finish("release");
    await settle();
    expect(calls).toContain("release 102 close");
  });

  it("a finished tab waits blank for the next only while the pool's tabs stay within the limit", async () => {
    const { pool, started, calls, settle, takeIdle } = harness(2);
    pool.submit(target(1));
    pool.submit(target(2));
    started[0]?.finish("release");
    await settle();
    expect(calls).toContain("release 101 keep");
    started[1]?.finish("release");
    await settle();
    expect(calls).toContain("release 102 keep");
    pool.submit(target(3));
    takeIdle();
    pool.submit(target(4));
    takeIdle();
    pool.submit(target(5));
    started[2]?.finish("release");
    await settle();
    // Only 4 works: 3's tab waits blank (and 5 starts).
    expect(calls.at(-1)).toBe("release 103 keep");
    started[3]?.finish("release");
    await settle();
    // 5 works and one tab waits already: that is the limit, so 4's tab is closed.
    expect(calls.at(-1)).toBe("release 104 close");
  });

  it("knows each application's tab: while it runs, and after it is left to the person until it is closed", async () => {
    const { pool, started, settle } = harness(2);
    pool.submit(target(1));
    pool.submit(target(2));
    expect(pool.tabOf(target(1).applicationId)).toBe(101);
    expect(pool.tabOf(target(2).applicationId)).toBe(102);
    expect(pool.tabOf(target(3).applicationId)).toBeUndefined();
    started[0]?.finish("keep");
    started[1]?.finish("release");
    await settle();
    expect(pool.tabOf(target(1).applicationId)).toBe(101);
    expect(pool.tabOf(target(2).applicationId)).toBeUndefined();
    pool.tabRemoved(101);
    expect(pool.tabOf(target(1).applicationId)).toBeUndefined();
  });
});
