import type { ExtensionBrowser } from "./browser.ts";
import type { NyxServer } from "./server.ts";

/** Points the extension at `server` and pairs it through the side panel with a code from `nyx pair`. */
export async function pairExtension(browser: ExtensionBrowser, server: NyxServer): Promise<void> {
  await browser.worker.evaluate((url) => chrome.storage.local.set({ serverUrl: url }), server.base);
  const code = server.cli(["pair"]).stdout.match(/Pairing code: (\S+)/)?.[1];
  if (code === undefined) throw new Error("nyx pair printed no pairing code");
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
  await page.getByLabel("Pairing code").fill(code);
  await page.getByRole("button", { name: "Pair" }).click();
  await page.getByText("Paired with the server.").waitFor();
  await page.close();
}
