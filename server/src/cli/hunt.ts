import { readFileSync } from "node:fs";
import { AppError, HuntResult, PostingSnapshot } from "@nyx/shared";
import type { Env } from "../env.ts";
import { extractPosting } from "../extract/index.ts";
import { createLogger } from "../http/logging.ts";
import { hunt } from "../hunt/pipeline.ts";
import { createLlm } from "../llm/index.ts";
import { viaServerOrDatabase } from "./target.ts";

/**
 * `nyx hunt --url URL [--html FILE]`: the whole pipeline on one posting; prints JSON with the
 * extracted fields, the score and its breakdown, the decision and the effort. Without --html the
 * page is fetched (public postings only: a page behind a login must be saved and given as --html).
 */
export async function huntCommand(env: Env, url: string | undefined, htmlFile: string | undefined): Promise<number> {
  if (!url) throw new AppError("bad_request", "name the posting: nyx hunt --url URL [--html FILE]");
  const html = htmlFile === undefined ? await fetchPage(url) : readHtml(htmlFile);
  const snapshot = PostingSnapshot.parse({ url, html });
  const { descriptionRaw: _raw, descriptionClean, ...extracted } = extractPosting(snapshot);
  const result = await viaServerOrDatabase(env, {
    path: "/api/jobs",
    body: snapshot,
    parse: (body) => HuntResult.parse(body),
    direct: (db) =>
      hunt(
        { db, llm: createLlm({ env, db }), logger: createLogger({ level: "warn" }), dataDir: env.NYX_DATA_DIR },
        snapshot,
      ),
  });
  const summary = { ...result, extracted: { ...extracted, descriptionLength: descriptionClean.length } };
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  return 0;
}

function readHtml(file: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch {
    throw new AppError("not_found", `cannot read ${file}`);
  }
}

async function fetchPage(url: string): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, { redirect: "follow", signal: AbortSignal.timeout(20_000) });
  } catch {
    throw new AppError("upstream_failed", `could not fetch ${url}: save the page and pass it with --html FILE`);
  }
  if (!response.ok)
    throw new AppError(
      "upstream_failed",
      `${url} answered ${response.status}: save the page and pass it with --html FILE`,
    );
  return response.text();
}
