import type { ExtensionBrowser } from "./browser.ts";
import type { NyxServer } from "./server.ts";

export interface ServerJob {
  id: string;
  url: string;
  title: string;
  location: string | null;
}

/** The jobs the server has recorded (`GET /api/jobs`), asked with the token the extension paired with. */
export async function serverJobs(browser: ExtensionBrowser, server: NyxServer): Promise<ServerJob[]> {
  const { serverToken } = await browser.worker.evaluate(() => chrome.storage.local.get("serverToken"));
  if (typeof serverToken !== "string") throw new Error("the extension is not paired");
  const response = await fetch(`${server.base}/api/jobs?limit=500`, {
    headers: { authorization: `Bearer ${serverToken}` },
  });
  if (!response.ok) throw new Error(`GET /api/jobs answered ${response.status}`);
  return ((await response.json()) as { jobs: ServerJob[] }).jobs;
}
