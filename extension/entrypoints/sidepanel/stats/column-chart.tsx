import { type ChartProps, hasData, Legend } from "./chart-parts.tsx";

const W = 320;
const H = 140;
const LEFT = 46;
const BOTTOM = 18;
const TOP = 8;

/**
 * Columns over ordered categories (days, score buckets), one column per series in each, drawn as
 * plain SVG: every mark is a `rect.mark` with its value, and a tooltip naming what it counts.
 */
export function ColumnChart({ title, labels, series, format, empty, max }: ChartProps) {
  const data = hasData(series);
  const top = max ?? Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const slot = (W - LEFT) / Math.max(1, labels.length);
  const width = Math.max(1, (slot * 0.8) / series.length);
  const plot = H - BOTTOM - TOP;
  const ticks =
    labels.length <= 10 ? labels.map((_, i) => i) : [0, Math.floor((labels.length - 1) / 2), labels.length - 1];
  return (
    <figure class="chart" data-testid="chart" data-chart={title}>
      <figcaption>{title}</figcaption>
      {!data ? (
        <p class="empty" data-testid="chart-empty">
          {empty}
        </p>
      ) : (
        <>
          <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
            <line class="axis" x1={LEFT} y1={H - BOTTOM} x2={W} y2={H - BOTTOM} />
            <text class="tick" x={LEFT - 4} y={TOP + 8} text-anchor="end">
              {format(top)}
            </text>
            <text class="tick" x={LEFT - 4} y={H - BOTTOM} text-anchor="end">
              {format(0)}
            </text>
            {labels.map((label, i) =>
              series.map((s, k) => {
                const value = s.values[i];
                if (value === null || value === undefined || value <= 0 || top <= 0) return null;
                const h = Math.max(1, (value / top) * plot);
                return (
                  <rect
                    key={`${label}-${s.name}`}
                    class={`mark ${s.tone}`}
                    data-label={label}
                    data-series={s.name}
                    data-value={value}
                    x={LEFT + i * slot + slot * 0.1 + k * width}
                    y={H - BOTTOM - h}
                    width={width}
                    height={h}
                  >
                    <title>{`${label}: ${s.name} ${format(value)}`}</title>
                  </rect>
                );
              }),
            )}
            {ticks.map((i) => (
              <text
                key={`tick-${i}`}
                class="tick"
                x={LEFT + i * slot + slot / 2}
                y={H - 4}
                text-anchor={
                  i === 0 && labels.length > 10
                    ? "start"
                    : i === labels.length - 1 && labels.length > 10
                      ? "end"
                      : "middle"
                }
              >
                {labels[i]}
              </text>
            ))}
          </svg>
          <Legend series={series} />
        </>
      )}
    </figure>
  );
}
