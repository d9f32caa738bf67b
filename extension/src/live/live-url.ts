/** The server's WebSocket address for its HTTP address: http → ws, https → wss, path /ws. */
export function liveSocketUrl(serverUrl: string): string {
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    throw new TypeError(`"${serverUrl}" is not a server address (e.g. http://127.0.0.1:8765)`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new TypeError(`"${serverUrl}" is not an http address (e.g. http://127.0.0.1:8765)`);
  }
  url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
  url.pathname = "/ws";
  url.search = "";
  url.hash = "";
  return url.toString();
}
