/**
 * Why an application's run was stopped from outside: the person closed its tab (or the tab
 * died), or a newer attempt of the same application replaced it.
 */
export class StopRun extends Error {
  override readonly name = "StopRun";
  constructor(readonly why: "tab_closed" | "superseded") {
    super(why === "tab_closed" ? "the worker tab was closed" : "a newer attempt took this application over");
  }
}

/** Waits for `work`, unless the run is stopped first (then rejects with the StopRun at once). */
export type Guard = <T>(work: Promise<T>) => Promise<T>;

export function guardOf(signal: AbortSignal): Guard {
  return <T>(work: Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      const stopped = () => reject(signal.reason instanceof StopRun ? signal.reason : new StopRun("tab_closed"));
      if (signal.aborted) return stopped();
      signal.addEventListener("abort", stopped, { once: true });
      work.then(
        (value) => {
          signal.removeEventListener("abort", stopped);
          resolve(value);
        },
        (error: unknown) => {
          signal.removeEventListener("abort", stopped);
          reject(error);
        },
      );
    });
}
