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
  /** Stops the server (SIGTERM), runs `whileDown`, and starts it again on the same port and data folder. */
  restart(options?: { whileDown?: () => Promise<void> }): Promise<void>;
  stop(): Promise<void>;
}

/** `nyx start` on a free port with an embedded database in a fresh data folder. */
export async function startNyxServer(extraEnv: Record<string, string> = {}): Promise<NyxServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-e2e-"));
  const env = { NYX_DATA_DIR: dataDir, LOG_LEVEL: "warn", ...extraEnv };
  const port = await freePort();
  let running = startNyx(["start", "--port", String(port)], env, dataDir);
  await waitForHealth(port, running.output);
  const halt = async () => {
    const { child } = running;
    if (child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((resolve) => child.once("exit", resolve));
  };
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    dataDir,
    cli: (args) => nyx(args, env, dataDir),
    restart: async (options = {}) => {
      await halt();
      await options.whileDown?.();
      running = startNyx(["start", "--port", String(port)], env, dataDir);
      await waitForHealth(port, running.output);
    },
    stop: async () => {
      await halt();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
