import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Database, openDatabase } from "@nyx/db";
import { type PostingSnapshot, Profile } from "@nyx/shared";
import pino, { type Logger } from "pino";
import { parse } from "yaml";
import { parseEnv } from "../src/env.ts";
import { createLlm, type Llm } from "../src/llm/index.ts";
import { importProfile } from "../src/profiles/import.ts";
import {
  type OpenAiStandIn,
  type OpenAiStandInOptions,
  startOpenAiStandIn,
} from "../test/stand-ins/openai-stand-in.ts";

const FIXTURES = new URL("../../../shared/fixtures/", import.meta.url);

export interface BenchWorld {
  database: Database;
  dataDir: string;
  llm: Llm;
  logger: Logger;
  api: OpenAiStandIn;
  close(): Promise<void>;
}

/** A fresh embedded database with Ada's profile, and the LLM answered by a local stand-in at 0 ms. */
export async function benchWorld(chat?: OpenAiStandInOptions["chat"]): Promise<BenchWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-bench-"));
  const api = await startOpenAiStandIn({ apiKey: "bench-key", latencyMs: 0, ...(chat ? { chat } : {}) });
  const database = await openDatabase({ dataDir });
  await database.migrate();
  const env = parseEnv({
    NYX_DATA_DIR: dataDir,
    GROK_API_KEY: "bench-key",
    GROK_BASE_URL: api.url,
    OPENAI_API_KEY: "bench-key",
    OPENAI_BASE_URL: api.url,
  });
  const profile = Profile.parse(parse(readFileSync(new URL("profile/ada.yaml", FIXTURES), "utf8")));
  const files = new Map(profile.resumes.map((r) => [r.file, readFileSync(new URL(`profile/${r.file}`, FIXTURES))]));
  await importProfile(database.db, dataDir, { profile, files });
  const logger = pino({ level: "silent" });
  const llm = createLlm({ env, db: database.db, logger, settings: { minBackoffMs: 0, maxBackoffMs: 0 } });
  return {
    database,
    dataDir,
    llm,
    logger,
    api,
    close: async () => {
      await database.close();
      await api.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every fixture posting as the extension would send it. */
export function postingSnapshots(): (PostingSnapshot & { name: string })[] {
  const root = new URL("postings/", FIXTURES);
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => {
      const html = readFileSync(new URL(`${d.name}/index.html`, root), "utf8");
      const url = html.match(/rel="canonical" href="([^"]+)"/)?.[1];
      return url ? [{ name: d.name, url, html }] : [];
    });
}
