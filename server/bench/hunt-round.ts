import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@nyx/db";
import { Profile } from "@nyx/shared";
import pino from "pino";
import { parse } from "yaml";
import { parseEnv } from "../src/env.ts";
import { hunt } from "../src/hunt/pipeline.ts";
import { createLlm } from "../src/llm/index.ts";
import { importProfile } from "../src/profiles/import.ts";
import { startOpenAiStandIn } from "../test/stand-ins/openai-stand-in.ts";

const FIXTURES = new URL("../../../shared/fixtures/", import.meta.url);

/** One round: a fresh embedded database, Ada's profile, and every fixture posting hunted once (ms each). */
export async function huntRound(): Promise<number[]> {
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-bench-"));
  const api = await startOpenAiStandIn({ apiKey: "bench-key", latencyMs: 0 });
  const database = await openDatabase({ dataDir });
  try {
    await database.migrate();
    const env = parseEnv({
      NYX_DATA_DIR: dataDir,
      GROK_API_KEY: "bench-key",
      GROK_BASE_URL: api.url,
      OPENAI_API_KEY: "bench-key",
      OPENAI_BASE_URL: api.url,
    });
    const yaml = readFileSync(new URL("profile/ada.yaml", FIXTURES), "utf8");
    const profile = Profile.parse(parse(yaml));
    const files = new Map(profile.resumes.map((r) => [r.file, readFileSync(new URL(`profile/${r.file}`, FIXTURES))]));
    await importProfile(database.db, dataDir, { profile, files });
    const logger = pino({ level: "silent" });
    const llm = createLlm({ env, db: database.db, logger, settings: { minBackoffMs: 0, maxBackoffMs: 0 } });
    const root = new URL("postings/", FIXTURES);
    const times: number[] = [];
    for (const entry of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const html = readFileSync(new URL(`${entry.name}/index.html`, root), "utf8");
      const url = html.match(/rel="canonical" href="([^"]+)"/)?.[1];
      if (!url) continue;
      const started = performance.now();
      await hunt({ db: database.db, llm, logger, dataDir }, { url, html });
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    await database.close();
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
