/** What the live connection needs from a WebSocket; the browser's own in the extension, a stand-in in unit tests. */
export interface LiveSocket {
  isOpen(): boolean;
  send(data: string): void;
  close(): void;
}

export interface LiveSocketHandlers {
  open(): void;
  message(data: unknown): void;
  close(code: number): void;
}

export type LiveSocketFactory = (url: string, protocols: string[], on: LiveSocketHandlers) => LiveSocket;

/** The browser's WebSocket (the service worker's global). Errors always end in `close`. */
export const browserSocket: LiveSocketFactory = (url, protocols, on) => {
  const ws = new WebSocket(url, protocols);
  ws.onopen = () => on.open();
  ws.onmessage = (event) => on.message(event.data);
  ws.onclose = (event) => on.close(event.code);
  return {
    isOpen: () => ws.readyState === WebSocket.OPEN,
    send: (data) => ws.send(data),
    close: () => ws.close(1000, "bye"),
  };
};
