import type { IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { createAdaptorServer } from "@hono/node-server";
import { AppError, errorStatus } from "@nyx/shared";
import { WebSocketServer } from "ws";
import { createApp } from "./app.ts";
import type { AppDeps } from "./deps.ts";
import { checkBearer, checkHost, checkOrigin } from "./http/door.ts";

export const LISTEN_HOST = "127.0.0.1";

export interface RunningServer {
  port: number;
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 only. WebSocket upgrades on /ws pass the same door as HTTP: exact Host,
 * paired Origin, and the bearer token in the Authorization header.
 */
export async function startServer(deps: Omit<AppDeps, "door"> & { door: Omit<AppDeps["door"], "port"> }, port: number) {
  const door = { ...deps.door, port };
  const app = createApp({ ...deps, door });
  const server = createAdaptorServer({ fetch: app.fetch });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });

  server.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const url = new URL(request.url ?? "/", `http://${LISTEN_HOST}:${door.port}`);
    const refusal =
      (url.pathname === "/ws" ? undefined : new AppError("not_found", "WebSocket connections go to /ws")) ??
      checkHost(request.headers.host, door.port) ??
      checkOrigin(request.headers.origin, door.pinnedOrigin()) ??
      checkBearer(request.headers.authorization, url, door.token);
    if (refusal) {
      deps.logger.info({ code: refusal.code }, "websocket upgrade refused");
      socket.end(
        `HTTP/1.1 ${errorStatus[refusal.code]} ${refusal.code}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`,
      );
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => {
      ws.send(JSON.stringify({ type: "hello", version: 1 }));
      ws.on("error", (error) => deps.logger.warn({ err: error }, "websocket error"));
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new AppError(
              "conflict",
              `port ${port} on ${LISTEN_HOST} is in use (another "nyx start"?): choose one with --port`,
            )
          : error,
      ),
    );
    server.listen(port, LISTEN_HOST, () => {
      server.removeAllListeners("error");
      server.on("error", (error) => deps.logger.error({ err: error }, "http server error"));
      // With port 0 the system picks one; the Host check must name the port actually bound.
      door.port = (server.address() as AddressInfo).port;
      resolve();
    });
  });
  return {
    port: door.port,
    close: async () => {
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  } satisfies RunningServer;
}
