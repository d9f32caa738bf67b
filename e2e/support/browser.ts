import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Worker } from "playwright-core";

export const EXTENSION_DIR = fileURLToPath(new URL("../../extension/.output/chrome-mv3", import.meta.url));
export const CHROMIUM = process.env.NYX_CHROMIUM ?? "/usr/bin/chromium";

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/**
 * Debian's Chromium, headless (or in a window with `headed`, for the demo), with the built
 * extension loaded unpacked and nothing reaching the internet.
 */
export async function launchWithExtension(options: { headed?: boolean } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, "manifest.json"))) {
    throw new Error(`no built extension in ${EXTENSION_DIR}: run "pnpm build:extension" first`);
  }
  // The extension's service worker talks to the Nyx server directly: Playwright would otherwise
  // pause each of its requests for the harness's routes (which only serve and block pages),
  // adding a round trip through this process to every API call the flow makes.
  process.env.PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK = "1";
  const profile = mkdtempSync(join(tmpdir(), "nyx-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    // In a window the demo ends the browser itself on Ctrl+C (and deletes its profile).
    ...(options.headed ? { viewport: null, handleSIGINT: false, handleSIGTERM: false } : {}),
    args: [
      ...(options.headed ? [] : ["--headless=new"]),
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      // No name resolves but the local machine's: nothing reaches the internet even where no route
      // looks (the service worker's requests); routed pages are answered before any lookup.
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker", { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
