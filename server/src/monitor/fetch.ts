import { VERSION } from "../version.ts";

export const USER_AGENT = `NyxVenatrix/${VERSION} (company monitor; one person's job search)`;

/** How the monitor reaches the outside: bounded in time and size, one user agent. */
export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Why a fetch gave nothing: the server answered with an error status ("refused"), or it could not
 * be reached or read in time ("network"), or the answer was too big. The message names the URL
 * and what happened, never a body.
 */
export class FetchError extends Error {
  override readonly name = "FetchError";
  constructor(
    readonly kind: "refused" | "network" | "too_large",
    readonly url: string,
    detail: string,
  ) {
    super(`GET ${url}: ${detail}`);
  }
}

export interface Fetched {
  /** The address the answer came from (after redirects). */
  url: string;
  text: string;
}

/** GETs a URL as text; an error status, a timeout, a dropped connection or a body over `maxBytes` is a FetchError. */
export async function fetchText(url: string, limits: FetchLimits, accept: string): Promise<Fetched> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response | undefined;
  // A kept-alive connection the server has just closed fails at once; a second try opens a new one.
  for (let attempt = 1; !response; attempt++) {
    try {
      response = await fetch(url, { headers: { "user-agent": USER_AGENT, accept }, redirect: "follow", signal });
    } catch (error) {
      if (attempt >= 2 || signal.aborted) throw new FetchError("network", url, networkDetail(error, limits.timeoutMs));
    }
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError("refused", url, `HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new FetchError("too_large", url, `larger than ${limits.maxBytes} bytes`);
  }
  try {
    return { url: response.url || url, text: await readCapped(response, limits.maxBytes, url) };
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError("network", url, networkDetail(error, limits.timeoutMs));
  }
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError("too_large", url, `larger than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function networkDetail(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError")) {
    return `no answer within ${timeoutMs} ms`;
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  return `could not be reached${code ? ` (${code})` : ""}`;
}
