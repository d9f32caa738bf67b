import { VIEW_LABEL, VIEWS, type View } from "./tabs.ts";

/** The row of views at the top of the panel. */
export function TabBar({ view, open }: { view: View; open: (next: View) => void }) {
  return (
    <div class="tabs" role="tablist" aria-label="Views">
      {VIEWS.map((v) => (
        <button key={v} type="button" role="tab" aria-selected={v === view} onClick={() => open(v)}>
          {VIEW_LABEL[v]}
        </button>
      ))}
    </div>
  );
}
