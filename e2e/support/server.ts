import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildServer, SERVER_NODE_FLAGS } from "@nyx/server/build";
import { bundled, type CliResult, freePort, nyx, startNyx, waitForHealth } from "@nyx/server/testing";

export interface NyxServer {
  port: number;
  base: string;
  dataDir: string;
  /** Runs another `nyx` command against the same data folder. */
  cli(args: string[]): CliResult;
  /**
   * Stops the server (SIGTERM, or with `crash` SIGKILL to the whole process tree, as a power cut
   * would), runs `whileDown`, and starts it again on the same port and data folder.
   */
  restart(options?: { whileDown?: () => Promise<void>; crash?: boolean }): Promise<void>;
  stop(): Promise<void>;
}

/** The server bundle, built once per test process from the current source (`pnpm start` runs the same). */
let bundle: Promise<string> | undefined;

/** `nyx start` on a free port with an embedded database in a fresh data folder. */
export async function startNyxServer(extraEnv: Record<string, string> = {}): Promise<NyxServer> {
  bundle ??= buildServer();
  const program = bundled(await bundle, SERVER_NODE_FLAGS);
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-e2e-"));
  const env = { NYX_DATA_DIR: dataDir, LOG_LEVEL: "warn", ...extraEnv };
  const port = await freePort();
  let running = startNyx(["start", "--port", String(port)], env, dataDir, program);
  await waitForHealth(port, running.output);
  const halt = async (crash = false) => {
    const { child } = running;
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    if (crash && child.pid !== undefined) {
      // Kill every process of the tree at once (tsx, when it runs the server, is a parent of its own).
      for (const pid of [...descendants(child.pid), child.pid]) {
        try {
          process.kill(pid, "SIGKILL");
        } catch {
          // already gone
        }
      }
    } else child.kill("SIGTERM");
    await exited;
  };
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    dataDir,
    cli: (args) => nyx(args, env, dataDir),
    restart: async (options = {}) => {
      await halt(options.crash);
      await options.whileDown?.();
      running = startNyx(["start", "--port", String(port)], env, dataDir, program);
      await waitForHealth(port, running.output);
    },
    stop: async () => {
      await halt();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Every process below `pid` (children first found, grandchildren after). */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = execFileSync("ps", ["-o", "pid=", "--ppid", String(pid)], { encoding: "utf8" })
      .split("\n")
      .map((line) => Number.parseInt(line.trim(), 10))
      .filter((n) => Number.isInteger(n));
  } catch {
    return [];
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}
