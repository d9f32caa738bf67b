import { type ChartProps, hasData, Legend } from "./chart-parts.tsx";

const W = 320;
const LABEL = 96;
const VALUE = 56;
const BAR = 9;
const GAP = 8;

/**
 * Horizontal bars for named categories (statuses, effort levels, companies), one bar per series
 * in each row, in plain SVG: every mark is a `rect.mark` with its value; a missing value says so.
 */
export function BarListChart({ title, labels, series, format, empty, max }: ChartProps) {
  const data = hasData(series);
  const top = max ?? Math.max(0, ...series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const row = series.length * BAR + GAP;
  const H = labels.length * row + 2;
  const span = W - LABEL - VALUE;
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
            {labels.map((label, i) => (
              <g key={label}>
                <text class="tick" x={LABEL - 4} y={i * row + (series.length * BAR) / 2 + 4} text-anchor="end">
                  {label.length > 16 ? `${label.slice(0, 15)}…` : label}
                </text>
                {series.map((s, k) => {
                  const value = s.values[i] ?? null;
                  const y = i * row + k * BAR;
                  const w = value === null || top <= 0 ? 0 : (value / top) * span;
                  return (
                    <g key={s.name}>
                      {value !== null && value > 0 && (
                        <rect
                          class={`mark ${s.tone}`}
                          data-label={label}
                          data-series={s.name}
                          data-value={value}
                          x={LABEL}
                          y={y}
                          width={Math.max(1, w)}
                          height={BAR - 1}
                        >
                          <title>{`${label}: ${s.name} ${format(value)}`}</title>
                        </rect>
                      )}
                      <text class="value" x={LABEL + w + 3} y={y + BAR - 1}>
                        {value === null ? "—" : format(value)}
                      </text>
                    </g>
                  );
                })}
              </g>
            ))}
          </svg>
          <Legend series={series} />
        </>
      )}
    </figure>
  );
}
