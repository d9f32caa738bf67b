import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { request } from "node:http";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = `${ROOT}node_modules/.bin/tsx`;
const CLI = `${ROOT}server/src/cli/main.ts`;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** How `nyx` is run: from its TypeScript source with tsx, or the bundle `pnpm start` runs, with plain Node. */
export interface NyxProgram {
  command: string;
  args: string[];
}
const FROM_SOURCE: NyxProgram = { command: TSX, args: [CLI] };
export function bundled(file: string, nodeFlags: string[] = []): NyxProgram {
  return { command: process.execPath, args: [...nodeFlags, file] };
}

/** Runs `nyx …` as a person would, in a clean working directory (no stray .env). */
export function nyx(args: string[], env: Record<string, string>, cwd: string): CliResult {
  const result = spawnSync(FROM_SOURCE.command, [...FROM_SOURCE.args, ...args], {
    cwd,
    env: { ...baseEnv(), ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `nyx …` without blocking this process: a stand-in served from the test process keeps answering. */
export function nyxAsync(args: string[], env: Record<string, string>, cwd: string): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(FROM_SOURCE.command, [...FROM_SOURCE.args, ...args], {
      cwd,
      env: { ...baseEnv(), ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr?.on("data", (d: Buffer) => {
      stderr += d.toString();
    });
    child.once("error", reject);
    child.once("close", (status) => resolve({ status, stdout, stderr }));
  });
}

export function startNyx(
  args: string[],
  env: Record<string, string>,
  cwd: string,
  program: NyxProgram = FROM_SOURCE,
): { child: ChildProcess; output: () => string } {
  let output = "";
  const child = spawn(program.command, [...program.args, ...args], {
    cwd,
    env: { ...baseEnv(), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  child.stderr?.on("data", (d: Buffer) => {
    output += d.toString();
  });
  return { child, output: () => output };
}

function baseEnv(): Record<string, string> {
  const { PATH = "", HOME = "", CI = "" } = process.env;
  return { PATH, HOME, CI, LOG_LEVEL: "info" };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** An HTTP request with full control of the headers (fetch cannot set Host). */
export function raw(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      // agent: false: a fresh connection each time, never a kept-alive socket the server already closed.
      { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: options.headers ?? {}, agent: false },
      (res) => {
        let body = "";
        res.on("data", (d: Buffer) => {
          body += d.toString();
        });
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

export async function waitForHealth(port: number, output: () => string, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await raw(port, "/health", { headers: { host: `127.0.0.1:${port}` } });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`nyx start did not become healthy:\n${output()}`);
}
