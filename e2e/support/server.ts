import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CliResult, freePort, nyx, startNyx, waitForHealth } from "@nyx/server/testing";

export interface NyxServer {
  port: number;
  base: string;
  dataDir: string;
  /** Runs another `nyx` command against the same data folder. */
  cli(args: string[]): CliResult;
  stop(): Promise<void>;
}

/** `nyx start` on a free port with an embedded database in a fresh data folder. */
export async function startNyxServer(extraEnv: Record<string, string> = {}): Promise<NyxServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-e2e-"));
  const env = { NYX_DATA_DIR: dataDir, LOG_LEVEL: "warn", ...extraEnv };
  const port = await freePort();
  const { child, output } = startNyx(["start", "--port", String(port)], env, dataDir);
  await waitForHealth(port, output);
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    dataDir,
    cli: (args) => nyx(args, env, dataDir),
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((resolve) => child.once("exit", resolve));
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
