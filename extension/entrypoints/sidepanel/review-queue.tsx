import type { ReviewItem as Item, ReviewAction } from "@nyx/shared";
import { useEffect, useState } from "preact/hooks";
import { decideReview, fetchReviewQueue } from "../../src/server-client.ts";
import { LoadError } from "./load-error.tsx";
import { ReviewItem } from "./review-item.tsx";

type Load = { state: "loading" } | { state: "ok"; items: Item[] } | { state: "error"; message: string };

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The review queue: 20–50 % matches with their breakdown; the person selects one or many and
 * approves (Nyx applies) or rejects (skipped). Reloads whenever the server reports a change.
 */
export function ReviewQueue({ changes }: { changes: number }) {
  const [load, setLoad] = useState<Load>({ state: "loading" });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);

  const reload = () =>
    fetchReviewQueue().then(
      (items) => {
        setLoad({ state: "ok", items });
        setSelected((old) => new Set(items.map((i) => i.applicationId).filter((id) => old.has(id))));
      },
      (e: unknown) => setLoad({ state: "error", message: message(e) }),
    );
  // Reload on every change the server reports (and once on opening).
  useEffect(() => {
    void reload();
  }, [changes]);

  const decide = async (action: ReviewAction) => {
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const result = await decideReview({ ids: [...selected], action });
      const n = result.applications.length;
      setDone(`${action === "approve" ? "Approved" : "Rejected"} ${n} job${n === 1 ? "" : "s"}.`);
      setSelected(new Set());
    } catch (e) {
      setError(`${message(e)} Nothing was changed; the list is reloaded, try again.`);
    } finally {
      setBusy(false);
      await reload();
    }
  };

  return (
    <section data-testid="review-queue">
      <h2>Review queue</h2>
      {load.state === "loading" && <p>Loading the review queue…</p>}
      {load.state === "error" && <LoadError message={load.message} retry={() => reload()} />}
      {load.state === "ok" && load.items.length === 0 && (
        <p class="empty">
          No job is waiting for you. Jobs that match 20–50 % land here: hunt more jobs from their pages.
        </p>
      )}
      {load.state === "ok" && load.items.length > 0 && (
        <>
          <div class="actions">
            <label>
              <input
                type="checkbox"
                aria-label="Select all"
                checked={selected.size === load.items.length}
                onChange={(e) =>
                  setSelected(e.currentTarget.checked ? new Set(load.items.map((i) => i.applicationId)) : new Set())
                }
              />{" "}
              {selected.size} of {load.items.length} selected
            </label>{" "}
            <button type="button" disabled={busy || selected.size === 0} onClick={() => void decide("approve")}>
              Approve
            </button>{" "}
            <button type="button" disabled={busy || selected.size === 0} onClick={() => void decide("reject")}>
              Reject
            </button>
          </div>
          <ul class="review-list">
            {load.items.map((item) => (
              <ReviewItem
                key={item.applicationId}
                item={item}
                selected={selected.has(item.applicationId)}
                onChanged={() => void reload()}
                onToggle={(on) =>
                  setSelected((old) => {
                    const next = new Set(old);
                    if (on) next.add(item.applicationId);
                    else next.delete(item.applicationId);
                    return next;
                  })
                }
              />
            ))}
          </ul>
        </>
      )}
      {done && <p role="status">{done}</p>}
      {error && <p class="error">{error}</p>}
    </section>
  );
}
