/** One series of a chart: its name (legend, tooltips), its colour class, one value per category. */
export interface Series {
  name: string;
  /** `s1`…`s3`: the colours in charts.css. */
  tone: "s1" | "s2" | "s3";
  /** `null`: no value for that category (a rate with nothing sent); drawn as no mark. */
  values: (number | null)[];
}

export interface ChartProps {
  /** The chart's title, also its accessible name. */
  title: string;
  /** The category of each value, in order (days, buckets, statuses…). */
  labels: string[];
  series: Series[];
  format: (value: number) => string;
  /** What to show instead of an empty chart, saying what to do first. */
  empty: string;
  /** The top of the scale; default: the largest value. */
  max?: number;
}

export const hasData = (series: Series[]) => series.some((s) => s.values.some((v) => v !== null && v > 0));

export function Legend({ series }: { series: Series[] }) {
  if (series.length < 2) return null;
  return (
    <p class="legend">
      {series.map((s) => (
        <span key={s.name}>
          <i class={`swatch ${s.tone}`} /> {s.name}
        </span>
      ))}
    </p>
  );
}
