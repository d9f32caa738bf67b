import { basename, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { SessionResponse } from "@nyx/shared";
import { CHROMIUM } from "../support/browser.ts";
import { type Demo, startDemo } from "./setup.ts";
import { runTour } from "./tour.ts";

/**
 * `pnpm demo`: Nyx Venatrix on a throw-away database with the fixture person and a local job board,
 * in a Chromium window with the extension paired. `--tour` runs the scripted tour headless and
 * exits 0 only when every step worked; `--screenshots [DIR]` (with the tour) saves each side-panel
 * view as a PNG into DIR/screenshots (DIR: docs).
 */
const USAGE = `usage: pnpm demo [--tour] [--headless] [--screenshots [DIR]]
  (no options)        open Chromium with the extension paired and the demo job board
  --tour              run the scripted tour headless; exit 0 only if every step worked
  --screenshots DIR   with the tour: a PNG of every side-panel view into DIR/screenshots (DIR: docs)`;

interface Args {
  tour: boolean;
  headless: boolean;
  screenshots?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { tour: false, headless: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") continue;
    if (arg === "--tour") args.tour = true;
    else if (arg === "--headless") args.headless = true;
    else if (arg === "--screenshots") {
      const next = argv[i + 1];
      const given = next !== undefined && !next.startsWith("--");
      if (given) i++;
      const dir = given ? next : "docs";
      const base = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
      args.screenshots = basename(base) === "screenshots" ? base : join(base, "screenshots");
      args.tour = true;
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else {
      console.error(`unknown option ${arg}\n${USAGE}`);
      process.exit(2);
    }
  }
  if (args.headless && !args.tour) {
    console.error(`--headless leaves nothing to watch: add --tour\n${USAGE}`);
    process.exit(2);
  }
  return args;
}

const say = (line: string) => console.log(line);

async function tour(args: Args): Promise<number> {
  const demo = await startDemo({ headed: false, say });
  try {
    await runTour(demo, { say, ...(args.screenshots ? { screenshots: args.screenshots } : {}) });
    say("The tour worked: every step was seen to work.");
    return 0;
  } catch (error) {
    console.error(`✗ ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    await demo.close();
  }
}

/** Starts a session on Enter and reports its counts until it ends. */
async function startSession(demo: Demo): Promise<void> {
  const { applications } = await demo.api<{ applications: unknown[] }>("/api/applications?status=queued&limit=1");
  if (applications.length === 0) {
    say("Nothing is queued yet: hunt a job first (or approve one in the Queue view), then press Enter.");
    return;
  }
  await demo.api("/api/session/start", { json: {} });
  let last = "";
  for (;;) {
    const { session } = SessionResponse.parse(await demo.api("/api/session"));
    if (!session) return;
    const c = session.counts;
    const line = `session ${session.status}: ${c.submitted} submitted, ${c.inProgress} in progress, ${c.failed} failed`;
    if (line !== last) say(line);
    last = line;
    if (session.status !== "running" && session.status !== "paused") return;
    await new Promise((r) => setTimeout(r, 2000));
  }
}

async function watch(): Promise<number> {
  const demo = await startDemo({ headed: true, say });
  const { context } = demo.browser;
  const board = await context.newPage();
  await board.goto(demo.board.home);
  const panel = await context.newPage();
  await panel.goto(demo.panelUrl("queue"));
  await board.bringToFront();
  say(`
The demo runs (Chromium: ${CHROMIUM}; server: ${demo.server.base}, a throw-away database; no account, no API key).
  1. On the demo job board, open a posting and press "Hunt this job".
  2. Watch the side panel: the "Nyx Venatrix" tab (${demo.panelUrl()}), or the toolbar button.
     Partial matches wait in the Queue view: approve them there.
  3. Press Enter here to start a session: Nyx applies to every queued job in worker tabs,
     and the board records each form it receives. History and Stats show the records.
  Ctrl+C (or closing the browser) ends the demo and deletes its data.`);
  return new Promise<number>((done) => {
    let ending = false;
    const end = async (code: number) => {
      if (ending) return;
      ending = true;
      lines.close();
      say("Stopping the demo…");
      await demo.close();
      say("Stopped; the demo's database and browser profile are deleted.");
      done(code);
    };
    const lines = createInterface({ input: process.stdin });
    lines.on("line", () => {
      startSession(demo).catch((error: unknown) => say(`could not start a session: ${String(error)}`));
    });
    context.on("close", () => void end(0));
    process.on("SIGINT", () => void end(0));
    process.on("SIGTERM", () => void end(0));
  });
}

const args = parseArgs(process.argv.slice(2));
process.exit(await (args.tour ? tour(args) : watch()));
