import type { Db } from "@nyx/db";
import { AppError, type ErrorIssue, type MonitorSettings, MonitorUpdate, monitorSourceLabel } from "@nyx/shared";
import { Cron } from "croner";
import type { z } from "zod";
import { loadSettings, saveSettings } from "../settings/store.ts";
import { linedIssues, readYaml, type YamlSource } from "../text/yaml-source.ts";

const MAX_LIST_BYTES = 1024 * 1024;

/** Why croner cannot read a schedule, or undefined when it can. */
export function scheduleProblem(schedule: string): string | undefined {
  try {
    new Cron(schedule, { paused: true }).stop();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : "not a cron expression";
  }
}

/** `PUT /api/monitor`'s body: the list, or `{schedule?, enabled?, sources}`; every bad entry is named. */
export function checkMonitorUpdate(value: unknown): MonitorUpdate {
  return validate(value, undefined);
}

/** `nyx monitor import FILE`: a YAML or JSON list (or object); every bad entry is named with its line. */
export function parseMonitorFile(text: string): MonitorUpdate {
  return validate(undefined, readYaml(text, "a monitor list", MAX_LIST_BYTES));
}

/** Replaces the list (and the schedule or switch when given); the rest of the settings stays. */
export async function saveMonitorList(db: Db, update: MonitorUpdate): Promise<MonitorSettings> {
  const current = (await loadSettings(db)).monitor;
  const monitor: MonitorSettings = {
    schedule: update.schedule ?? current.schedule,
    enabled: update.enabled ?? current.enabled,
    sources: update.sources,
  };
  const saved = await saveSettings(db, { monitor });
  return saved.monitor;
}

function validate(given: unknown, file: YamlSource | undefined): MonitorUpdate {
  const value = file ? file.value : given;
  const bare = Array.isArray(value);
  const parsed = MonitorUpdate.safeParse(bare ? { sources: value } : value);
  const lineOf = file?.lineOf ?? (() => undefined);
  // A bare list has no "sources" key in the document.
  const docPath = (path: PropertyKey[]) => (bare && path[0] === "sources" ? path.slice(1) : path);
  const issues = parsed.success
    ? meaningIssues(parsed.data, (path) => lineOf(docPath(path)))
    : linedIssues(parsed.error as z.ZodError, lineOf, { nearest: true, docPath });
  if (parsed.success && issues.length === 0) return parsed.data;
  const named = issues.map(nameEntry);
  throw new AppError(
    "validation_failed",
    `the monitor list was not changed: ${named.map((i) => `${i.message}${i.line ? ` (line ${i.line})` : ""}`).join("; ")}`,
    { issues: named },
  );
}

/** What the shape allows but the monitor cannot use: a schedule croner cannot read, an entry given twice. */
function meaningIssues(update: MonitorUpdate, lineOf: (path: PropertyKey[]) => number | undefined): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const at = (path: PropertyKey[], message: string) => {
    const line = lineOf(path);
    issues.push({ path: path.map(String).join("."), message, ...(line === undefined ? {} : { line }) });
  };
  const problem = update.schedule === undefined ? undefined : scheduleProblem(update.schedule);
  if (problem) at(["schedule"], `not a schedule croner can read: ${problem}`);
  const first = new Map<string, number>();
  update.sources.forEach((source, index) => {
    const key = monitorSourceLabel(source).toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, index);
    else at(["sources", index], `repeats entry ${earlier + 1} (${monitorSourceLabel(source)})`);
  });
  return issues;
}

/** "sources.2.board" → the message says "entry 3: board: …". */
function nameEntry(issue: ErrorIssue): ErrorIssue {
  const m = /^sources\.(\d+)(?:\.(.+))?$/.exec(issue.path);
  if (!m) return { ...issue, message: `${issue.path}: ${issue.message}` };
  const field = m[2] ? `${m[2]}: ` : "";
  return { ...issue, message: `entry ${Number(m[1]) + 1}: ${field}${issue.message}` };
}
