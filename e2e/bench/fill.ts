import { existsSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { loadCases } from "../forms/form-case.ts";
import { startFormRig } from "../forms/rig.ts";
import { type CaseRun, runCase } from "../forms/run-case.ts";

/**
 * `pnpm bench:fill --cases DIR --out FILE`: the real apply flow (the built extension in Chromium,
 * a Nyx server on a fresh embedded database, stealth timing off, the offline writer for free text)
 * over every case folder in DIR, judged on what each page sent to /__submit.
 */

const DEFAULT_PROFILES = fileURLToPath(new URL("../../../shared/fixtures/profile", import.meta.url));

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function profileFile(casesDir: string, explicit: string | undefined, name: string): string {
  const folders = [explicit, join(casesDir, "..", "profile"), DEFAULT_PROFILES].filter((f): f is string => !!f);
  for (const folder of folders) {
    const file = join(folder, `${name}.yaml`);
    if (existsSync(file)) return file;
  }
  throw new Error(`no profile "${name}.yaml" in ${folders.join(", ")}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { cases: { type: "string" }, out: { type: "string" }, profiles: { type: "string" } },
  });
  if (!values.cases || !values.out) {
    console.error("usage: pnpm bench:fill --cases DIR --out FILE [--profiles DIR]");
    process.exit(2);
  }
  const casesDir = resolve(values.cases);
  const cases = loadCases(casesDir);
  if (cases.length === 0) throw new Error(`no case folders (with case.json) in ${casesDir}`);
  const people = [...new Set(cases.map((c) => c.spec.profile))];
  if (people.length > 1)
    throw new Error(`the cases are written for several people (${people.join(", ")}); run one at a time`);
  const rig = await startFormRig({ profile: profileFile(casesDir, values.profiles, people[0] ?? "ada") });
  const runs: CaseRun[] = [];
  try {
    for (const kase of cases) {
      const run = await runCase(rig, kase).catch((error: unknown) => {
        console.error(`${kase.name}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      });
      if (run) {
        runs.push(run);
        const wrong = run.verdict.fields
          .filter((f) => !f.ok)
          .map((f) => `${f.name} (${f.why}; got ${JSON.stringify(f.got)})`);
        console.error(
          `${run.verdict.passed ? "pass" : "FAIL"} ${kase.name} ${run.ms} ms (seen at ${run.observedMs}) ${run.attempt.status}${run.attempt.failureCode ? `/${run.attempt.failureCode}` : ""}${wrong.length ? `\n  wrong: ${wrong.join("\n         ")}` : ""}${run.verdict.forbiddenSent.length ? `\n  forbidden sent: ${run.verdict.forbiddenSent.join(", ")}` : ""}${run.attempt.reason && !run.verdict.passed ? `\n  reason: ${run.attempt.reason}` : ""}`,
        );
      }
    }
  } finally {
    await rig.close();
  }
  const judged = runs.flatMap((r) => r.verdict.fields);
  const singlePageCase = (r: CaseRun) => cases.find((c) => c.name === r.case)?.spec.steps === 1;
  const singlePage = runs.filter(singlePageCase).map((r) => r.ms);
  const summary = {
    field_accuracy: judged.length ? Number((judged.filter((f) => f.ok).length / judged.length).toFixed(4)) : 0,
    fields_right: judged.filter((f) => f.ok).length,
    fields_expected: judged.length,
    cases_passed: runs.filter((r) => r.verdict.passed).length,
    cases: cases.length,
    forbidden_sent: runs.reduce((n, r) => n + r.verdict.forbiddenSent.length, 0),
    flag_cases_paused: runs.filter(
      (r) => cases.find((c) => c.name === r.case)?.spec.flag.length && r.verdict.flagsHandled,
    ).length,
    flag_cases: cases.filter((c) => c.spec.flag.length > 0).length,
    /** Median automation time of single-page forms, from "apply" in the side panel to the outcome the server recorded. */
    median_ms: median(singlePage),
    median_all_ms: median(runs.map((r) => r.ms)),
    /** The same, until this harness heard of the outcome (through the side panel's live feed). */
    median_observed_ms: median(runs.filter((r) => singlePageCase(r)).map((r) => r.observedMs)),
  };
  const report = {
    cases: runs.map((r) => ({
      case: r.case,
      received: r.received,
      flagged: r.flagged,
      submitted: r.submitted,
      ms: r.ms,
      observed_ms: r.observedMs,
      passed: r.verdict.passed,
      status: r.attempt.status,
      failure: r.attempt.failureCode,
      wrong: r.verdict.fields.filter((f) => !f.ok).map((f) => ({ name: f.name, why: f.why, got: f.got })),
      forbidden_sent: r.verdict.forbiddenSent,
    })),
    summary,
  };
  writeFileSync(resolve(values.out), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(summary, null, 2));
}

await main();
