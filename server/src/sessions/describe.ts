import type { SessionView } from "@nyx/shared";

const minutes = (ms: number) => Math.max(0, Math.round(ms / 60_000));

/** The session in a few lines, for a terminal (and for Telegram's /status). */
export function describeSession(s: SessionView): string {
  const end = s.endedAt ? new Date(s.endedAt).getTime() : Date.now();
  const ran = minutes(end - new Date(s.startedAt).getTime());
  const lines = [
    `Session ${s.id.slice(0, 8)}: ${s.status}${s.reason ? ` (${s.reason})` : ""}, ${ran} of ${minutes(s.limits.maxSeconds * 1000)} min`,
    `Applications: ${s.counts.attempted} of ${s.limits.maxApplications} in this session — ${s.counts.submitted} submitted, ${s.counts.failed} failed, ${s.counts.paused} waiting, ${s.counts.inProgress} in progress`,
    `Today: ${s.counts.today} of ${s.limits.maxDaily}; queued: ${s.counts.queued}`,
    `Tokens: ${s.tokensInput} in / ${s.tokensOutput} out; cost $${s.costUsd.toFixed(4)}`,
  ];
  if (!s.extensionConnected && s.status === "running")
    lines.push("The extension is not connected: open Chrome with Nyx paired, and the session carries on.");
  for (const w of s.workers)
    lines.push(`  working: ${w.jobTitle ?? "?"} — ${w.company ?? "?"}${w.doing ? ` (${w.doing})` : ""}`);
  for (const w of s.waiting)
    lines.push(`  waiting for you (${w.kind.replace("_", " ")}): ${w.jobTitle ?? "?"} — ${w.company ?? "?"}`);
  return lines.join("\n");
}
