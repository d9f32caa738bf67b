import { writeFileSync } from "node:fs";
import { AppError, ApplicationRecord, describeIssues, HistoryFilter, issuesFromZod } from "@nyx/shared";
import { z } from "zod";
import { getApplicationRecord, listApplicationRecords } from "../applications/records.ts";
import type { Env } from "../env.ts";
import { requireOwner } from "../owner.ts";
import { historyCsv } from "../tracker/history.ts";
import { viaServerOrDatabase } from "./target.ts";

const STATUSES = ["queued", "in_progress", "submitted", "failed", "paused", "skipped", "cancelled"] as const;

/** `nyx jobs list [--json] [--status S]`: the person's applications, newest first. */
export async function jobsListCommand(
  env: Env,
  options: { json: boolean; status: string | undefined },
): Promise<number> {
  if (options.status !== undefined && !(STATUSES as readonly string[]).includes(options.status)) {
    throw new AppError("bad_request", `--status must be one of ${STATUSES.join(", ")}`);
  }
  const { userId } = requireOwner(env.NYX_DATA_DIR);
  const records = await viaServerOrDatabase(env, {
    path: `/api/applications${options.status ? `?status=${options.status}` : ""}`,
    parse: (body) => z.object({ applications: z.array(ApplicationRecord) }).parse(body).applications,
    direct: (db) => listApplicationRecords(db, userId, { status: options.status }),
  });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(records, null, 2)}\n`);
    return 0;
  }
  const lines = records.map((r) =>
    [
      r.id.slice(0, 8),
      r.status.padEnd(11),
      (r.matchScore ?? 0).toFixed(2),
      r.effortLevel.padEnd(6),
      `${r.jobTitle} — ${r.company ?? "?"}`,
    ].join("  "),
  );
  process.stdout.write(
    `${["id        status       score effort  job", ...lines].join("\n")}\n${records.length} application(s)\n`,
  );
  return 0;
}

/** `nyx jobs view ID`: one application with every recorded field. */
export async function jobsViewCommand(env: Env, id: string | undefined): Promise<number> {
  const parsed = z.uuid().safeParse(id);
  if (!parsed.success)
    throw new AppError("bad_request", "name the application by its id: nyx jobs view ID (see nyx jobs list --json)");
  const { userId } = requireOwner(env.NYX_DATA_DIR);
  const record = await viaServerOrDatabase(env, {
    path: `/api/applications/${parsed.data}`,
    parse: (body) => ApplicationRecord.parse(body),
    direct: (db) => getApplicationRecord(db, userId, parsed.data),
  });
  process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
  return 0;
}

/**
 * `nyx export --csv FILE [--status S] [--effort E] [--company C] [--q TEXT] [--from DAY] [--to DAY]
 * [--min-score N] [--max-score N] [--outcome O]`: the applications History's filters select (all
 * without filters), with the owner's §1.4 columns.
 */
export async function exportCommand(
  env: Env,
  file: string | undefined,
  filters: Record<string, string | undefined> = {},
): Promise<number> {
  if (!file) throw new AppError("bad_request", "name the file: nyx export --csv FILE");
  const given = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  const parsed = HistoryFilter.safeParse(given);
  if (!parsed.success) {
    const issues = issuesFromZod(parsed.error);
    throw new AppError("bad_request", `bad filter: ${describeIssues(issues)}`, { issues });
  }
  const { userId } = requireOwner(env.NYX_DATA_DIR);
  const query = new URLSearchParams(given).toString();
  const csv = await viaServerOrDatabase(env, {
    path: `/api/applications/history.csv${query ? `?${query}` : ""}`,
    text: true,
    parse: (body) => z.string().parse(body),
    direct: (db) => historyCsv(db, userId, parsed.data),
  });
  writeFileSync(file, csv, { mode: 0o600 });
  process.stdout.write(`Wrote ${csv.trim().split("\n").length - 1} application(s) to ${file}\n`);
  return 0;
}
