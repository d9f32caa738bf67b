import { existsSync, readFileSync, statSync } from "node:fs";
import { AppError, type BulkRequest, BulkResult } from "@nyx/shared";
import type { Env } from "../env.ts";
import { ingestBulk } from "../ingest/bulk.ts";
import { viaServerOrDatabase } from "./target.ts";

/**
 * `nyx enqueue FILE|URL…`: URLs given directly or in files (one per line, or CSV with a url
 * column). Prints the counts as JSON; exits 1 when any item was invalid (each is named on stderr).
 */
export async function enqueueCommand(env: Env, args: string[]): Promise<number> {
  if (args.length === 0) throw new AppError("bad_request", "name at least one file or URL: nyx enqueue FILE|URL…");
  const requests = toRequests(args);
  const total = { new: 0, duplicate: 0, skipped: 0, invalid: 0 };
  for (const { request, from } of requests) {
    const result = await viaServerOrDatabase(env, {
      path: "/api/jobs/bulk",
      body: request,
      parse: (body) => BulkResult.parse(body),
      direct: (db) => ingestBulk(db, request),
    });
    for (const key of ["new", "duplicate", "skipped", "invalid"] as const) total[key] += result[key];
    for (const item of result.items.filter((i) => i.status === "invalid" || i.status === "skipped")) {
      process.stderr.write(`${from} item ${item.index + 1}: ${item.status}: ${item.reason ?? ""}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(total)}\n`);
  return total.invalid > 0 ? 1 : 0;
}

function toRequests(args: string[]): { request: BulkRequest; from: string }[] {
  const urls: string[] = [];
  const requests: { request: BulkRequest; from: string }[] = [];
  for (const arg of args) {
    if (existsSync(arg) && statSync(arg).isFile()) {
      const text = readFileSync(arg, "utf8");
      const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
      if (/,|;|\t/.test(firstLine) && !/^https?:\/\//i.test(firstLine.trim())) {
        requests.push({ request: { csv: text }, from: arg });
      } else {
        urls.push(
          ...text
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== "" && !l.startsWith("#")),
        );
      }
    } else if (/^[a-z][a-z0-9+.-]*:/i.test(arg)) {
      urls.push(arg);
    } else {
      throw new AppError("not_found", `${arg} is neither a file nor a URL`);
    }
  }
  if (urls.length > 0) requests.unshift({ request: { urls }, from: "urls" });
  return requests;
}
