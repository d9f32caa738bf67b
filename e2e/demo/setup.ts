import { fileURLToPath } from "node:url";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { pairExtension } from "../support/pair.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";
import { serverApi } from "../support/server-api.ts";
import { type DemoBoard, demoPostings, serveDemoBoard } from "./board.ts";

/** The shared fixtures, beside the repository (../shared/fixtures from its root). */
export const FIXTURES = fileURLToPath(new URL("../../../shared/fixtures", import.meta.url));
export const PROFILE = `${FIXTURES}/profile/ada.yaml`;

export interface Demo {
  server: NyxServer;
  browser: ExtensionBrowser;
  board: DemoBoard;
  /** The side panel's page (opened in a tab: a script cannot open the real side panel). */
  panelUrl(view?: string): string;
  api<T = unknown>(path: string, init?: { method?: string; json?: unknown }): Promise<T>;
  close(): Promise<void>;
}

/**
 * How fast the demo goes: the tour without any pause; a person watching sees every field filled
 * and a short rest between applications, never the real minutes between them.
 */
function pacing(watched: boolean) {
  const off = { min: 0, max: 0 };
  return {
    stealth: watched
      ? { fieldDelayMs: { min: 150, max: 400 }, stepDelayMs: { min: 500, max: 1200 } }
      : {
          fieldDelayMs: off,
          stepDelayMs: off,
        },
    limits: {
      appDelaySeconds: watched ? { min: 2, max: 5 } : off,
      randomPause: { probability: 0, minSeconds: 0, maxSeconds: 0 },
    },
    queue: { leaseSeconds: 30, maxAttempts: 2, retryBaseSeconds: 1 },
    interruptions: { captchaAttempts: 1, captchaAttemptSeconds: 30, codeTimeoutSeconds: 30 },
  };
}

/**
 * A throw-away Nyx: the server on an embedded database in a temporary folder, the fixture person
 * imported, no API key (the offline writer and the local scorer answer), Chromium with the built
 * extension paired to it, and the demo job board as the only internet it sees.
 */
export async function startDemo(options: { headed: boolean; say?: (line: string) => void }): Promise<Demo> {
  const say = options.say ?? (() => {});
  say("Starting the server on a fresh embedded database…");
  // No keys reach the server: whatever the shell holds, the demo never talks to a real service.
  const server = await startNyxServer({ MAX_CONCURRENT_WORKERS: "2" });
  const cleanup: Array<() => Promise<void>> = [() => server.stop()];
  try {
    const imported = server.cli(["profile", "import", PROFILE]);
    if (imported.status !== 0) throw new Error(`profile import failed: ${imported.stderr}`);
    say(`Imported the demo person from ${PROFILE}.`);
    const api = serverApi(server);
    await api("/api/settings", { method: "PUT", json: pacing(options.headed) });

    say("Opening Chromium with the extension…");
    const browser = await launchWithExtension({ headed: options.headed });
    cleanup.unshift(() => browser.close());
    const board = await serveDemoBoard(browser.context, demoPostings(FIXTURES));
    await pairExtension(browser, server);
    say("The extension is paired with the server.");
    return {
      server,
      browser,
      board,
      api,
      panelUrl: (view) => `chrome-extension://${browser.extensionId}/sidepanel.html${view ? `#${view}` : ""}`,
      close: async () => {
        for (const step of cleanup) await step().catch(() => {});
      },
    };
  } catch (error) {
    for (const step of cleanup) await step().catch(() => {});
    throw error;
  }
}
