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

export type Api = <T>(path: string, init?: { method?: string; json?: unknown }) => Promise<T>;

/** The server's token, as `nyx token` prints it. */
export const serverToken = (server: NyxServer) => server.cli(["token"]).stdout.trim();

/** Calls the server's API with its token as a script would; a refusal throws with the server's answer. */
export function serverApi(server: NyxServer, token = serverToken(server)): Api {
  return async <T>(path: string, init: { method?: string; json?: unknown } = {}): Promise<T> => {
    const response = await fetch(`${server.base}${path}`, {
      method: init.method ?? (init.json === undefined ? "GET" : "POST"),
      headers: {
        authorization: `Bearer ${token}`,
        ...(init.json === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(init.json === undefined ? {} : { body: JSON.stringify(init.json) }),
    });
    const body: unknown = await response.json();
    if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(body)}`);
    return body as T;
  };
}
