import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExtensionBrowser, launchWithExtension } from "../support/browser.ts";
import { type NyxServer, startNyxServer } from "../support/server.ts";

const ADA = fileURLToPath(new URL("../../../shared/fixtures/profile/ada.yaml", import.meta.url));

describe("the built extension in Chromium pairs with the server", () => {
  let server: NyxServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await startNyxServer();
    browser = await launchWithExtension();
    // Point the extension at this test server (the person's default is 127.0.0.1:8765).
    await browser.worker.evaluate((url) => chrome.storage.local.set({ serverUrl: url }), server.base);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("finds the server, pairs with the code from nyx pair, and then reads the profile with the token", async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(server.cli(["profile", "import", ADA]).status).toBe(0);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    await page.getByText(/Server \d+\.\d+\.\d+: ok, database pglite/).waitFor();

    const wrong = page.getByLabel("Pairing code");
    await wrong.fill("ZZZZ-ZZZZ");
    await page.getByRole("button", { name: "Pair" }).click();
    await page.getByText(/no pairing code is waiting/).waitFor();

    const code = server.cli(["pair"]).stdout.match(/Pairing code: (\S+)/)?.[1];
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    await page.getByLabel("Pairing code").fill(code ?? "");
    await page.getByRole("button", { name: "Pair" }).click();
    await page.getByText("Paired with the server.").waitFor();
    await page.getByRole("tab", { name: "Settings" }).click();
    await page.getByText(/Profile main: 3 CV\(s\), Machine Learning Engineer/).waitFor();

    const pinned = JSON.parse(readFileSync(join(server.dataDir, "extension.json"), "utf8")) as { extensionId: string };
    expect(pinned.extensionId).toBe(browser.extensionId);
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get("serverToken"));
    expect(stored.serverToken).toBe(server.cli(["token"]).stdout.trim());
  });

  it("keeps a web page out: it can neither read the API nor pair", async () => {
    const page = await browser.context.newPage();
    await page.route("https://jobs.evil.test/**", (route) =>
      route.fulfill({ status: 200, contentType: "text/html", body: "<html><body>evil</body></html>" }),
    );
    await page.goto("https://jobs.evil.test/");
    const results = await page.evaluate(async (base) => {
      const attempt = async (path: string, init?: RequestInit) => {
        try {
          const r = await fetch(`${base}${path}`, init);
          return `status ${r.status}`;
        } catch (error) {
          return `blocked ${(error as Error).name}`;
        }
      };
      return {
        health: await attempt("/health"),
        profiles: await attempt("/api/profiles"),
        pair: await attempt("/pair", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ code: "AAAA-AAAA" }),
        }),
      };
    }, server.base);
    // Without CORS headers the browser hands the page nothing, whatever the server said.
    expect(results).toEqual({ health: "blocked TypeError", profiles: "blocked TypeError", pair: "blocked TypeError" });
  });
});
