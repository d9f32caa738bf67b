/** How the digest writes numbers, money, durations, times and text from pages. */

const CONTROL = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/**
 * Text from a scraped page (a job title, a company) or a recorded reason, made fit for one line of
 * a plain-text e-mail: control and direction-override characters dropped, whitespace collapsed,
 * cut to `max` characters. Markup is not removed here: the HTML part escapes it.
 */
export function oneLine(text: string, max = 160): string {
  const clean = text.replace(CONTROL, " ").replace(/\s+/g, " ").trim();
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

export function count(n: number): string {
  return new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }).format(n);
}

export function usd(n: number): string {
  return `$${n.toFixed(4)}`;
}

export function percent(fraction: number): string {
  return `${Math.round(fraction * 100)} %`;
}

/** 4500 → "1 h 15 min", 192 → "3 min 12 s", 45 → "45 s". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = s % 60;
  if (h > 0) return `${h} h ${m} min`;
  if (m > 0) return `${m} min ${rest} s`;
  return `${rest} s`;
}

/** A moment as the person's clock shows it: "2026-03-14 09:05 (Europe/Vienna)". */
export function clockTime(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")} (${timeZone})`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${count(n)} ${n === 1 ? one : many}`;
}
