/** History: every application, searchable, with its detail. */
export function HistoryView() {
  return <p class="empty">History is being built.</p>;
}
