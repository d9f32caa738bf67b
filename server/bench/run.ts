/**
 * `pnpm bench [--out FILE]`: performance figures on this machine, with the LLM answered by a local
 * stand-in at 0 ms and the embedded database. Figures are merged into FILE (later benchmarks add
 * theirs) and printed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@nyx/db";
import { ingestBulk } from "../src/ingest/bulk.ts";
import { huntRound } from "./hunt-round.ts";
import { percentile } from "./stats.ts";
import { tokensAtEffort } from "./tokens-round.ts";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    rounds: { type: "string" },
    applications: { type: "string" },
    postgres: { type: "boolean" },
  },
});
const rounds = Number(values.rounds ?? 5);
if (!Number.isInteger(rounds) || rounds < 1) throw new TypeError("--rounds must be a positive integer");

const hunts: number[] = [];
for (let round = 0; round < rounds; round++) hunts.push(...(await huntRound()));

const bulk: number[] = [];
{
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-bench-"));
  const database = await openDatabase({ dataDir });
  await database.migrate();
  for (let run = 0; run < 3; run++) {
    const cards = Array.from({ length: 1000 }, (_, i) => ({
      id: String(7_000_000_000 + run * 10_000 + i),
      title: `Role ${i}`,
      company: `Company ${i % 80}`,
    }));
    const started = performance.now();
    const result = await ingestBulk(database.db, { cards });
    bulk.push(performance.now() - started);
    if (result.new !== 1000) throw new Error(`bulk enqueue stored ${result.new} of 1000`);
  }
  await database.close();
  rmSync(dataDir, { recursive: true, force: true });
}

const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1));
const tokens = {
  low: mean(await tokensAtEffort("low")),
  medium: mean(await tokensAtEffort("medium")),
  high: mean(await tokensAtEffort("high")),
};

/**
 * The worker pool in real Chromium with the built extension (e2e/bench/throughput.ts, a process of
 * its own: it drives a browser); its figures are the last line it prints.
 */
const throughput = spawnSync(
  join(import.meta.dirname, "../../node_modules/.bin/tsx"),
  ["bench/throughput.ts", "--count", values.applications ?? "200", ...(values.postgres ? ["--postgres"] : [])],
  { cwd: join(import.meta.dirname, "../../e2e"), encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] },
);
const pool = JSON.parse(throughput.stdout.trim().split("\n").at(-1) ?? "null") as object | null;
if (throughput.status !== 0 || !pool) throw new Error(`the throughput benchmark failed (exit ${throughput.status})`);

const figures = {
  ...pool,
  tokens_per_application: tokens,
  hunt_latency_ms: { p50: percentile(hunts, 50), p95: percentile(hunts, 95), samples: hunts.length },
  bulk_enqueue_1000_ms: percentile(bulk, 50),
};
const file = values.out;
const merged = { ...(file && existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as object) : {}), ...figures };
if (file) writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
console.log(JSON.stringify(merged, null, 2));
