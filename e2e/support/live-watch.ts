import type { Page } from "playwright-core";

/**
 * The applications' live changes as the side panel hears them (the background forwards the
 * server's WebSocket events to extension pages). A harness that waits for an outcome checks when
 * told instead of asking the server every few milliseconds: polling competed with the very
 * requests it timed, as the embedded database answers one query at a time. It listens in the
 * panel page, not on a socket of its own, which the server would count as a connected extension.
 */
export interface LiveWatch {
  /** How many changes of this application the panel has heard so far, and the last status it heard. */
  seen(applicationId: string): Promise<Hearing>;
  /** Resolves when more than `since` changes were heard, or after `ms` at the latest; with what was heard by then. */
  changed(applicationId: string, since: number, ms: number): Promise<Hearing>;
}

export interface Hearing {
  count: number;
  status: string | undefined;
}

interface Heard {
  counts: Record<string, number>;
  statuses: Record<string, string>;
  wake: Set<() => void>;
}

export function watchApplications(panel: Page): LiveWatch {
  return {
    seen: (applicationId) =>
      panel.evaluate((id) => {
        const w = globalThis as { __nyxHeard?: Heard };
        return { count: w.__nyxHeard?.counts[id] ?? 0, status: w.__nyxHeard?.statuses[id] };
      }, applicationId),
    changed: (applicationId, since, ms) =>
      panel
        .evaluate(
          ([id, after, wait]) => {
            const w = globalThis as { __nyxHeard?: Heard };
            if (!w.__nyxHeard) {
              const heard: Heard = { counts: {}, statuses: {}, wake: new Set() };
              w.__nyxHeard = heard;
              chrome.runtime.onMessage.addListener((message: unknown) => {
                const m = message as {
                  name?: unknown;
                  payload?: { type?: unknown; application?: { id?: unknown; status?: unknown } };
                };
                const changedId = m?.payload?.application?.id;
                if (m?.name !== "liveEvent" || m.payload?.type !== "application" || typeof changedId !== "string")
                  return;
                heard.counts[changedId] = (heard.counts[changedId] ?? 0) + 1;
                const status = m.payload.application?.status;
                if (typeof status === "string") heard.statuses[changedId] = status;
                for (const wake of heard.wake) wake();
              });
            }
            const heard = w.__nyxHeard;
            return new Promise<Hearing>((resolve) => {
              const done = () => {
                clearTimeout(timer);
                heard.wake.delete(check);
                resolve({ count: heard.counts[id] ?? 0, status: heard.statuses[id] });
              };
              const check = () => {
                if ((heard.counts[id] ?? 0) > after) done();
              };
              const timer = setTimeout(done, wait);
              heard.wake.add(check);
              check();
            });
          },
          [applicationId, since, ms] as const,
        )
        // A panel that went away (navigated, closed) only loses the hint: the caller asks the server anyway.
        .catch(
          () => new Promise<Hearing>((resolve) => setTimeout(() => resolve({ count: since, status: undefined }), ms)),
        ),
  };
}
