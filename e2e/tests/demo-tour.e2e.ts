import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { PANEL_SIZE, PANEL_VIEWS } from "../demo/tour.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const TSX = join(ROOT, "node_modules/.bin/tsx");

/** Runs `pnpm demo …` as a newcomer would (without the build step: the suite built the extension). */
function demo(args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, ["e2e/demo/main.ts", ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.stderr.on("data", (d: Buffer) => {
      out += d.toString();
    });
    child.once("error", reject);
    child.once("close", (code) => resolve({ code, out }));
  });
}

/** Width and height from a PNG's header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("pnpm demo --tour: the scripted tour, headless", () => {
  const docs = mkdtempSync(join(tmpdir(), "nyx-demo-docs-"));
  afterAll(() => rmSync(docs, { recursive: true, force: true }));

  it("hunts, approves, applies through a session, opens every view, saves their screenshots, exits 0", async () => {
    const { code, out } = await demo(["--tour", "--screenshots", docs]);
    expect(out).not.toMatch(/✗/);
    expect(code, out).toBe(0);
    // Each step reports what it saw: hunted, approved, submitted and received once, every view.
    expect(out).toMatch(/✓ hunt \d+ postings .*: \d+ to apply, \d+ for review/);
    expect(out).toMatch(/✓ approve the partial matches in the review queue: \d+ approved/);
    const applied = out.match(/✓ run a session that applies to the (\d+) queued jobs: (\d+) submitted/);
    expect(applied?.[1]).toBeDefined();
    expect(applied?.[2]).toBe(applied?.[1]);
    expect(out).toMatch(/✓ open every side-panel view/);
    for (const view of PANEL_VIEWS) {
      expect(pngSize(join(docs, "screenshots", `${view}.png`))).toEqual(PANEL_SIZE);
    }
  }, 480_000);

  it("refuses what it cannot do, with its usage", async () => {
    const { code, out } = await demo(["--headless"]);
    expect(code).toBe(2);
    expect(out).toMatch(/add --tour/);
    expect(out).toMatch(/usage: pnpm demo/);
  });
});
