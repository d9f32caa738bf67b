/** Stats: charts of applications, responses and cost. */
export function StatsView() {
  return <p class="empty">Stats are being built.</p>;
}
