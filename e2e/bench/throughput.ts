import { parseArgs } from "node:util";
import { startPostgresFormRig } from "../forms/postgres-rig.ts";
import { startFormRig } from "../forms/rig.ts";
import { ADA, cleanCopies, FAST_SESSION, waitForSession } from "../session/session-rig.ts";
import { serveJobBoard } from "../support/job-board.ts";

/**
 * The 5-tab pool's throughput: `count` applications made from the fixture forms (the clean ones,
 * in turn) through a session with stealth timing off, in real Chromium with the built extension.
 * Prints one JSON line: applications per minute from the session's start to its end, the server's
 * peak resident memory meanwhile (its own /metrics, sampled every 250 ms), and what was sent.
 */
const { values } = parseArgs({
  options: { count: { type: "string" }, workers: { type: "string" }, postgres: { type: "boolean" } },
});
const count = Number(values.count ?? 200);
const workers = values.workers ?? "5";
if (!Number.isInteger(count) || count < 1) throw new TypeError("--count must be a positive integer");

// --postgres: a scratch database on the real Postgres instead of the embedded one.
const start = values.postgres ? startPostgresFormRig : startFormRig;
const rig = await start({
  profile: ADA,
  env: { MAX_CONCURRENT_WORKERS: workers, MAX_SESSION_APPLICATIONS: String(count), LOG_LEVEL: "warn" },
});
try {
  await rig.api("/api/settings", { method: "PUT", json: FAST_SESSION });
  const board = await serveJobBoard(rig.browser.context, cleanCopies(count));
  for (const url of board.urls) await rig.api("/api/applications", { json: { url } });

  let peak = 0;
  const sample = async () => {
    const text = await fetch(`${rig.server.base}/metrics`).then(
      (r) => r.text(),
      () => "",
    );
    const bytes = Number(text.match(/^nyx_process_resident_memory_bytes (\d+)/m)?.[1] ?? 0);
    peak = Math.max(peak, bytes);
  };
  const sampler = setInterval(() => void sample(), 250);
  await sample();
  const started = Date.now();
  await rig.api("/api/session/start", { json: {} });
  const ended = await waitForSession(rig, (s) => s.status === "completed" && s.counts.inProgress === 0, 30 * 60_000);
  const minutes = (Date.now() - started) / 60_000;
  clearInterval(sampler);
  await sample();
  const twice = board.urls.filter((url) => board.sentCount(url) > 1).length;
  console.log(
    JSON.stringify({
      throughput_apps_per_min: Number((ended.counts.submitted / minutes).toFixed(1)),
      throughput_run: {
        applications: count,
        workers: Number(workers),
        submitted: ended.counts.submitted,
        failed: ended.counts.failed,
        paused: ended.counts.paused,
        sent_twice: twice,
        seconds: Math.round(minutes * 60),
      },
      server_rss_mb: Math.round(peak / 1024 / 1024),
      database: values.postgres ? "postgres" : "pglite",
    }),
  );
} finally {
  await rig.close();
}
