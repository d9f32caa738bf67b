import { clockTime, count, duration, oneLine, percent, plural, usd } from "./format.ts";
import type { OutcomeCounts, SessionDigest } from "./types.ts";

/** One part of the digest: a heading and its lines, each a label and a value (plain text). */
export interface Section {
  title: string;
  rows: { label: string; value: string }[];
  /** Said instead of the rows when there are none. */
  none?: string;
}

/**
 * What the digest says, in order, as plain text: the text and the HTML part both render these, so
 * they always tell the same numbers. Scraped text is already on one line here, not yet escaped.
 */
export function digestSections(d: SessionDigest): Section[] {
  const row = (label: string, value: string | number) => ({
    label,
    value: typeof value === "number" ? count(value) : value,
  });
  const s = d.byStatus;
  const tokens = d.tokensInput + d.tokensOutput;
  return [
    {
      title: "Session",
      rows: [
        ...(d.sessionName ? [row("Name", oneLine(d.sessionName))] : []),
        row("Status", d.sessionStatus),
        row("Started", clockTime(d.startedAt, d.timeZone)),
        row("Ended", d.endedAt ? clockTime(d.endedAt, d.timeZone) : "still running"),
        row("Duration", duration(d.durationSeconds)),
        row("Applications", d.total),
      ],
    },
    {
      title: "By status",
      rows: [
        row("Submitted", s.submitted),
        row("Failed", s.failed),
        row("Paused", s.paused),
        ...(s.in_progress > 0 ? [row("In progress", s.in_progress)] : []),
        ...(s.queued > 0 ? [row("Back in the queue", s.queued)] : []),
        ...(s.skipped > 0 ? [row("Skipped", s.skipped)] : []),
        ...(s.cancelled > 0 ? [row("Cancelled", s.cancelled)] : []),
      ],
    },
    {
      title: "By effort level",
      rows: [row("High", d.byEffort.high), row("Medium", d.byEffort.medium), row("Low", d.byEffort.low)],
    },
    {
      title: "Tokens and cost",
      rows: [
        row("Input tokens", d.tokensInput),
        row("Output tokens", d.tokensOutput),
        row("Per application", d.total === 0 ? "-" : count(Math.round(tokens / d.total))),
        row("Estimated cost", usd(d.costUsd)),
      ],
    },
    {
      title: "Match and time",
      rows: [
        row("Average match", d.avgMatchScore === null ? "-" : percent(d.avgMatchScore)),
        row("Average time per application", d.avgDurationSeconds === null ? "-" : duration(d.avgDurationSeconds)),
      ],
    },
    {
      title: "By domain",
      rows: Object.entries(d.perDomain)
        .sort(([a, x], [b, y]) => y.attempted - x.attempted || a.localeCompare(b))
        .map(([domain, c]) => row(oneLine(domain, 100), outcomes(c))),
      none: "no applications",
    },
    {
      title: "By company tier",
      rows: (["top", "normal", "avoid", "unknown"] as const).flatMap((tier) => {
        const c = d.perCompanyTier[tier];
        return c ? [row(tier, outcomes(c))] : [];
      }),
      none: "no applications",
    },
    {
      title: "Errors",
      rows: d.errors.map((e) => row(oneLine(e.code, 100), `${count(e.count)}, e.g. ${jobAt(e.example)}`)),
      none: "none",
    },
    {
      title: "Waiting for you",
      rows: d.waiting.map((w) =>
        row(
          jobAt(w),
          [w.why ? oneLine(w.why, 300) : "paused", w.failureCode ? `(${oneLine(w.failureCode, 100)})` : ""]
            .join(" ")
            .trim(),
        ),
      ),
      none: "nothing",
    },
    ...(d.followUps.length > 0
      ? [
          {
            title: `No answer after ${d.followUpDays} days: worth a follow-up`,
            rows: d.followUps.map((f) => row(jobAt(f), `${plural(f.daysWaiting, "day")} since it was sent`)),
          },
        ]
      : []),
  ];
}

/** The subject line: "Nyx session complete: 12 applications (9 submitted)". */
export function digestSubject(d: SessionDigest): string {
  const done = d.endedAt ? "complete" : "so far";
  return `Nyx session ${done}: ${plural(d.total, "application")} (${count(d.byStatus.submitted)} submitted)`;
}

function outcomes(c: OutcomeCounts): string {
  return `${count(c.attempted)} attempted, ${count(c.submitted)} submitted, ${count(c.failed)} failed, ${count(c.paused)} paused`;
}

function jobAt(job: { jobTitle: string; company: string | null }): string {
  const title = `"${oneLine(job.jobTitle)}"`;
  return job.company ? `${title} at ${oneLine(job.company, 100)}` : title;
}
