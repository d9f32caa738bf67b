import type { Page } from "playwright-core";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { type LiveWatch, watchApplications } from "../support/live-watch.ts";
import { pairExtension } from "../support/pair.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";
import { serverApi, serverToken } from "../support/server-api.ts";

/**
 * Everything a form case runs in: a Nyx server on a fresh embedded database (or the given
 * Postgres) with the case's person imported, real Chromium with the built extension paired to it,
 * and nothing reaching the internet (every non-local request is aborted unless a case serves it).
 */
export interface FormRig {
  server: NyxServer;
  browser: ExtensionBrowser;
  /** The extension's side panel page, from which an application is started as the person would. */
  panel: Page;
  api<T = unknown>(path: string, init?: { method?: string; json?: unknown }): Promise<T>;
  /** Which applications changed, as the side panel hears it. */
  live: LiveWatch;
  close(): Promise<void>;
}

export async function startFormRig(options: {
  profile: string;
  databaseUrl?: string;
  /** More environment for the server (limits, stand-in addresses). */
  env?: Record<string, string>;
  /** Settings for this rig, over the ones every rig gets (no stealth pauses, short waits for the person). */
  settings?: Record<string, unknown>;
}): Promise<FormRig> {
  const server = await startNyxServer({
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  });
  const imported = server.cli(["profile", "import", options.profile]);
  if (imported.status !== 0) throw new Error(`profile import failed: ${imported.stderr}`);
  const browser = await launchWithExtension();
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort("internetdisconnected"));
  await pairExtension(browser, server);
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  const live = watchApplications(panel);
  const token = serverToken(server);
  const api = serverApi(server, token);

  // Stealth timing off: the flow is measured, not paced like a person; nobody solves a CAPTCHA or gives a code.
  const off = { min: 0, max: 0 };
  await api("/api/settings", {
    method: "PUT",
    json: {
      stealth: { fieldDelayMs: off, stepDelayMs: off },
      interruptions: { captchaAttempts: 3, captchaAttemptSeconds: 0, codeTimeoutSeconds: 2 },
      ...options.settings,
    },
  });
  return {
    server,
    browser,
    panel,
    api,
    live,
    close: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
