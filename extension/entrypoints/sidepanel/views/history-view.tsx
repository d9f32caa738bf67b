import "../history/history.css";
import { ApplicationDetail } from "../history/application-detail.tsx";
import { HistoryList } from "../history/history-list.tsx";
import { useHashId } from "../history/use-hash-id.ts";

/** History: every application, searchable, with its detail (`#history/<id>`). */
export function HistoryView() {
  const id = useHashId();
  return (
    <>
      {/* The list stays mounted under an open detail, so its filters and pages are there on the way back. */}
      <div hidden={id !== undefined}>
        <HistoryList shown={id === undefined} />
      </div>
      {id !== undefined && <ApplicationDetail id={id} />}
    </>
  );
}
