import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { MonitorRun, MonitorView } from "@nyx/shared";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, nyx, nyxAsync, startNyx, waitForHealth } from "./cli-support.ts";
import { FEEDS, type FeedServer, startFeedServer } from "./monitor-support.ts";
import { FIXTURES } from "./support.ts";

const ADA = fileURLToPath(new URL("profile/ada.yaml", FIXTURES));

describe("nyx monitor, as a person runs it", () => {
  const cwd = mkdtempSync(join(tmpdir(), "nyx-cwd-"));
  const dataDir = mkdtempSync(join(tmpdir(), "nyx-data-"));
  const env = { NYX_DATA_DIR: dataDir };
  let feeds: FeedServer;
  const file = (name: string, text: string) => {
    const path = join(cwd, name);
    writeFileSync(path, text);
    return path;
  };

  beforeAll(async () => {
    feeds = await startFeedServer();
  });
  afterAll(async () => {
    await feeds.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(cwd, { recursive: true, force: true });
  });

  // Each command is a fresh process opening the embedded database: slow on a busy machine.
  const SLOW = 300_000;

  it(
    "refuses a list with a bad entry, naming the entry and its line, and imports nothing",
    () => {
      const bad = file(
        "bad.yaml",
        [
          'schedule: "0 7 * * *"',
          "sources:",
          "  - kind: greenhouse",
          "    board: quillstone",
          "  - kind: lever",
          "    board: brine wood",
          "  - kind: ashby",
          "    boards: tessellate",
          "",
        ].join("\n"),
      );
      const result = nyx(["monitor", "import", bad], env, cwd);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/entry 2: board: a board name is letters, digits, \. _ - \(line 6\)/);
      expect(result.stderr).toMatch(/entry 3: .*(line 7)/);
      const listed = nyx(["monitor", "list", "--json"], env, cwd);
      expect(listed.status).toBe(0);
      expect(MonitorView.parse(JSON.parse(listed.stdout)).monitor.sources).toEqual([]);
    },
    SLOW,
  );

  it(
    "imports a YAML list straight into the embedded database and lists it",
    () => {
      const good = file(
        "monitor.yaml",
        [
          "# Companies to watch",
          'schedule: "0 7 * * 1-5"',
          "sources:",
          ...feeds
            .boards()
            .flatMap((s) => [
              `  - kind: ${s.kind}`,
              `    board: ${s.kind === "careers" ? "" : s.board}`,
              `    feedUrl: ${s.kind === "careers" ? "" : s.feedUrl}`,
            ]),
          "",
        ].join("\n"),
      );
      const result = nyx(["monitor", "import", good], env, cwd);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Monitor list imported: 3 source\(s\)\./);
      const listed = nyx(["monitor", "list"], env, cwd);
      expect(listed.stdout).toMatch(/Schedule: 0 7 \* \* 1-5 \(on\)/);
      expect(listed.stdout).toContain(`2. lever brinewood  ${feeds.base}${FEEDS.lever.path}`);
      expect(listed.stdout).toMatch(/Not run yet\./);
    },
    SLOW,
  );

  it(
    "runs through the server that owns the embedded database, and the list shows the run",
    async () => {
      expect(nyx(["profile", "import", ADA], env, cwd).status).toBe(0);
      const port = await freePort();
      const server = startNyx(["start", "--port", String(port)], env, cwd);
      try {
        await waitForHealth(port, server.output);
        // The boards are served from this process: the command must not block it.
        const result = await nyxAsync(["monitor", "run"], env, cwd);
        expect(result.stderr).toBe("");
        expect(result.status).toBe(0);
        const run = MonitorRun.parse(JSON.parse(result.stdout));
        expect(run.totals).toEqual({ fetched: 18, new: 18, known: 0, errors: 0 });
        // Imported through the server too: PUT /api/monitor.
        const json = file("monitor.json", JSON.stringify(feeds.boards().slice(0, 1)));
        expect(nyx(["monitor", "import", json], env, cwd).status).toBe(0);
        const listed = nyx(["monitor", "list"], env, cwd);
        expect(listed.stdout).toMatch(/1\. greenhouse quillstone/);
        expect(listed.stdout).not.toMatch(/lever/);
        expect(listed.stdout).toMatch(/Last run .*: 18 postings, 18 new, 0 known, 0 error\(s\)/);
      } finally {
        if (server.child.exitCode === null) {
          const exited = new Promise((r) => server.child.once("exit", r));
          server.child.kill("SIGTERM");
          await exited;
        }
      }
    },
    SLOW,
  );
});
